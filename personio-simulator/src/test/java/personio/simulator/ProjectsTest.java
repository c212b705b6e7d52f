package personio.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.json.JSONObject;
import org.junit.jupiter.api.Test;

class ProjectsTest {

    @Test
    void onlyActiveProjectsAreTrackableAndTheirIdsAreStrings() {
        assertEquals(Set.of("1001", "1002"), Projects.trackableIds());
    }

    @Test
    void theAnswerGivesNumericIdsAndNamesUnescaped() {
        JSONObject second = Projects.answer().getJSONArray("data").getJSONObject(1);

        assertEquals(1002L, second.get("id"));
        assertEquals("Project", second.getString("type"));
        assertEquals("<img src=x onerror=alert(1)>", second.getJSONObject("attributes").getString("name"));
    }
}
