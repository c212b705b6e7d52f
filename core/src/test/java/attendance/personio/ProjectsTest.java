package attendance.personio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import attendance.InputException;
import attendance.text.Message;
import attendance.text.MessageCode;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProjectsTest {
    private static final String ANSWER = """
            {"success": true, "data": [
              {"id": 1001, "type": "Project", "attributes": {"name": "Development", "active": true}},
              {"id": 1003, "type": "Project", "attributes": {"name": "Old project", "active": false}}]}
            """;

    @Test
    void findsAProjectByItsNumberGivenAsText() {
        Projects.Project p = Projects.find(ANSWER, "1001");
        assertEquals("Development", p.name());
        assertTrue(p.active());
        assertTrue(p.known());
    }

    @Test
    void tellsAnInactiveProject() {
        assertFalse(Projects.find(ANSWER, "1003").active());
    }

    @Test
    void anUnlistedOrUnreadableProjectIsUnknownNotAnError() {
        assertFalse(Projects.find(ANSWER, "42").known());
        assertFalse(Projects.find("<html>", "42").known());
        assertFalse(Projects.find("{\"data\": 5}", "42").known());
    }

    @Test
    void noProjectSetIsNull() {
        assertNull(Projects.find(ANSWER, null));
    }

    @Test
    void theStrictListReadsEveryProjectWithItsIdAsTextNameAndActivity() {
        assertEquals(List.of(new Projects.Project("1001", "Development", true),
                new Projects.Project("1003", "Old project", false)), Projects.strict(ANSWER));
        assertEquals(List.of(new Projects.Project("7", null, true)), Projects.strict("[{\"id\": \"7\"}]"));
        assertEquals(List.of(), Projects.strict("{\"success\": true, \"data\": []}"));
    }

    @Test
    void theStrictListNamesTheFieldItCouldNotRead() {
        assertEquals(Message.of(MessageCode.MISSING, "projects.data[1].id"), assertThrows(InputException.class,
                () -> Projects.strict("{\"data\": [{\"id\": 1}, {\"name\": \"x\"}]}")).detail());
        assertEquals(Message.of(MessageCode.EXPECTED_NUMBER, "projects.data[0].id", "\"P-1\""),
                assertThrows(InputException.class, () -> Projects.strict("{\"data\": [{\"id\": \"P-1\"}]}"))
                        .detail());
        assertEquals(Message.of(MessageCode.MISSING, "projects.data"), assertThrows(InputException.class,
                () -> Projects.strict("{\"success\": true}")).detail());
        assertEquals(Message.of(MessageCode.NOT_JSON, "projects"), assertThrows(InputException.class,
                () -> Projects.strict("<html>")).detail());
    }
}
