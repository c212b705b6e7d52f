package attendance.run;

import attendance.InputException;
import attendance.personio.Endpoints;
import attendance.personio.SessionFacts;
import attendance.settings.Settings;
import attendance.text.Message;
import attendance.text.MessageCode;

/**
 * The signed-in employee's id, and where it was found: Personio's navigation context, else the settings' override,
 * else the {@code product_language} cookie. The override is taken only when it is the one Personio names, or when
 * the context cannot be read: a typo must not write into a colleague's record.
 */
public record EmployeeId(long id, Source source) {

    /** Where the id came from. */
    public enum Source {
        /** Personio's navigation context named it (and the settings' override, if any, agrees). */
        CONTEXT,
        /** The settings' override, taken because the context could not be read. */
        SETTINGS,
        /** The {@code product_language} cookie, because neither the context nor the settings had one. */
        COOKIE
    }

    /**
     * Asks the navigation context (a lost session stops here); fails with {@code employee_mismatch} when the override
     * is not the id Personio names, and with {@code no_employee_id} when no place has one.
     */
    public static EmployeeId find(PersonioCalls calls, Settings settings) {
        return find(calls.startRead(Endpoints.NAVIGATION_CONTEXT), calls, settings);
    }

    /** As {@link #find(PersonioCalls, Settings)}, with the context's read already on its way. */
    static EmployeeId find(PersonioCalls.Read context, PersonioCalls calls, Settings settings) {
        Long fromContext = null;
        try {
            fromContext = SessionFacts.employeeIdFromContext(context.json());
        } catch (RunException e) {
            if (e.code() == RunErrorCode.SESSION_EXPIRED) {
                throw e;
            }
        } catch (InputException e) {
            // The context is only the first place to look.
        }
        if (settings.employeeId() != null) {
            if (fromContext != null && !fromContext.equals(settings.employeeId())) {
                throw new RunException(RunErrorCode.EMPLOYEE_MISMATCH, Message.of(MessageCode.EMPLOYEE_IDS,
                        Long.toString(settings.employeeId()), Long.toString(fromContext)));
            }
            return new EmployeeId(settings.employeeId(), fromContext != null ? Source.CONTEXT : Source.SETTINGS);
        }
        if (fromContext != null) {
            return new EmployeeId(fromContext, Source.CONTEXT);
        }
        Long fromCookie = SessionFacts.employeeIdFromLanguageCookie(calls.cookie(Endpoints.LANGUAGE_COOKIE));
        if (fromCookie == null) {
            throw new RunException(RunErrorCode.NO_EMPLOYEE_ID);
        }
        return new EmployeeId(fromCookie, Source.COOKIE);
    }
}
