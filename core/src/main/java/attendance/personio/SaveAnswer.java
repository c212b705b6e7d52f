package attendance.personio;

import attendance.json.Fields;
import attendance.json.JsonText;
import attendance.text.Message;
import attendance.text.MessageCode;
import java.util.List;

/** Personio's answer to a save: a 2xx whose body says {@code "success": false} did not save the day. */
public final class SaveAnswer {
    private SaveAnswer() {
    }

    /** Whether a 2xx answer confirms the save: anything but an explicit {@code "success": false}. */
    public static boolean confirmed(String body) {
        if (body == null || !body.trim().startsWith("{") || !Fields.isJson(body)) {
            return true;
        }
        return !Boolean.FALSE.equals(JsonText.object(body.trim()).opt("success"));
    }

    /** Personio's words for an unconfirmed save, or that it did not confirm it. */
    public static Message refusal(String body) {
        List<String> words = PersonioError.messages(JsonText.object(body.trim()));
        return words.isEmpty() ? Message.of(MessageCode.SAVE_NOT_CONFIRMED) : PersonioError.said(words);
    }
}
