package attendance.run;

import attendance.text.Message;
import java.util.LinkedHashSet;
import java.util.Set;

/** Remembers every session value the run has read and blanks them out of any text that leaves the run. */
final class Redactor {
    private static final String MASK = "[redacted]";
    private final Set<String> secrets = new LinkedHashSet<>();

    void remember(String secret) {
        if (secret != null && secret.length() >= 4) {
            secrets.add(secret);
        }
    }

    Message clean(Message message) {
        return message == null ? null : message.map(this::clean);
    }

    String clean(String text) {
        if (text == null) {
            return null;
        }
        String result = text;
        for (String secret : secrets) {
            result = result.replace(secret, MASK);
        }
        return result;
    }
}
