package attendance.personio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
}
