package attendance.bundle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import attendance.browser.CoreExports;
import attendance.browser.Host;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * web/core.d.ts stands in for the generated core.js when TypeScript checks the JavaScript: it declares exactly the
 * exports of {@link CoreExports}, each with as many parameters, and the members of {@link Host}.
 */
class CoreTypesTest {
    private static final Pattern EXPORT = Pattern.compile("^export function (\\w+)\\(([^)]*)\\)", Pattern.MULTILINE);
    private static final Pattern MEMBER = Pattern.compile("^  (\\w+)\\(([^)]*)\\)", Pattern.MULTILINE);

    private static String declarations() throws IOException {
        return Files.readString(Path.of("web", "core.d.ts"));
    }

    private static Map<String, Integer> declared(Pattern pattern, String text) {
        Map<String, Integer> found = new TreeMap<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            found.put(m.group(1), m.group(2).isBlank() ? 0 : m.group(2).split(",").length);
        }
        return found;
    }

    @Test
    void theDeclaredExportsAreCoreExportsWithTheirParameters() throws IOException {
        Map<String, Integer> exported = new TreeMap<>();
        for (Method method : CoreExports.class.getDeclaredMethods()) {
            if (Modifier.isPublic(method.getModifiers()) && Modifier.isStatic(method.getModifiers())) {
                exported.put(method.getName(), method.getParameterCount());
            }
        }
        assertTrue(exported.size() > 10, "CoreExports: " + exported);
        assertEquals(exported, declared(EXPORT, declarations()));
    }

    @Test
    void theDeclaredHostIsTheHostTheCoreCalls() throws IOException {
        String text = declarations();
        String host = text.substring(text.indexOf("export interface Host {"), text.indexOf("\n}", text.indexOf(
                "export interface Host {")));
        Map<String, Integer> members = new TreeMap<>();
        for (Method method : Host.class.getDeclaredMethods()) {
            members.put(method.getName(), method.getParameterCount());
        }
        assertEquals(members, declared(MEMBER, host));
    }
}
