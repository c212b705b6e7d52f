package attendance.run;

import attendance.text.Message;
import attendance.text.MessageCode;
import java.io.IOException;

/** A request that got no answer from Personio, with what the user is told about it. */
public final class NoAnswer extends IOException {
    private static final long serialVersionUID = 1L;
    private final transient Message detail;

    public NoAnswer(Message detail) {
        super(detail.code().code());
        this.detail = detail;
    }

    /** What to tell the user about any failed request: its own detail, or that Personio could not be reached. */
    public static Message detailOf(IOException e) {
        return e instanceof NoAnswer n ? n.detail : Message.of(MessageCode.UNREACHABLE, String.valueOf(e.getMessage()));
    }
}
