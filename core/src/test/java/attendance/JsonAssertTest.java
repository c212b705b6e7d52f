package attendance;

import static attendance.JsonAssert.assertJsonEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class JsonAssertTest {
    @Test
    void keyOrderDoesNotMatter() {
        assertJsonEquals("{\"a\":1,\"b\":{\"c\":null,\"d\":[1,2]}}", "{\"b\":{\"d\":[1,2],\"c\":null},\"a\":1}");
    }

    @Test
    void aMissingNullIsADifference() {
        assertThrows(AssertionError.class, () -> assertJsonEquals("{\"a\":1,\"b\":null}", "{\"a\":1}"));
    }

    @Test
    void arrayOrderMatters() {
        assertThrows(AssertionError.class, () -> assertJsonEquals("[1,2]", "[2,1]"));
    }
}
