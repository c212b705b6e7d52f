package personio.simulator;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class StrictJsonTest {

    @Test
    void acceptsObjectsAsJsonStringifyWritesThem() {
        List.of("{}", " {\"a\": 1} ", "{\"a\":[1,-2.5e+3,0,true,false,null,\"x\\\"\\u00e9\\n\"],\"b\":{\"c\":{}}}",
                "{\"periods\":[],\"original_periods\":null}")
                .forEach(text -> assertTrue(StrictJson.isObject(text), text));
    }

    @Test
    void refusesWhatOnlyALenientParserTakes() {
        List.of("", "[]", "null", "{a:1}", "{'a':1}", "{\"a\":abc}", "{\"a\":1,}", "{\"a\":1} x", "{\"a\":01}",
                "{\"a\":\"tab\there\"}", "{\"a\":[1,]}", "{\"a\":.5}", "{\"a\":1", "{\"a\" 1}", "{\"a\":\"\\x\"}")
                .forEach(text -> assertFalse(StrictJson.isObject(text), text));
    }

    @Test
    void refusesNull() {
        assertFalse(StrictJson.isObject(null));
    }
}
