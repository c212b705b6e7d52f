package attendance.text;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/** A text for the user, as a code the pages look up in {@code _locales} and the arguments that fill it in. */
public record Message(MessageCode code, List<String> args) {

    public Message {
        args = List.copyOf(args);
    }

    public static Message of(MessageCode code, String... args) {
        return new Message(code, List.of(args));
    }

    /** The same message with each argument passed through {@code clean}, such as the redactor. */
    public Message map(UnaryOperator<String> clean) {
        List<String> cleaned = new ArrayList<>();
        for (String arg : args) {
            cleaned.add(clean.apply(arg));
        }
        return new Message(code, cleaned);
    }
}
