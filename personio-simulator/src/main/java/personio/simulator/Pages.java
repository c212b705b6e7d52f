package personio.simulator;

import java.time.YearMonth;

/** The simulator's HTML pages: small, valid, and with no external resources. */
final class Pages {

    private Pages() {
    }

    static String login(String tenant) {
        return page("Sign in to " + tenant,
                "<h1>Personio simulator: sign in to " + tenant + "</h1>\n"
                + "<form method=\"post\" action=\"/login\">\n"
                + "<p><label>Email <input type=\"email\" name=\"email\" value=\"erika@" + tenant
                + ".example\"></label></p>\n"
                + "<p><label>Password <input type=\"password\" name=\"password\" value=\"simulator\"></label></p>\n"
                + "<p><button type=\"submit\" id=\"sign-in\">Sign in</button></p>\n"
                + "</form>\n");
    }

    static String signedIn(String tenant, long employeeId, YearMonth month) {
        String range = "start_date=" + month.atDay(1) + "&amp;end_date=" + month.atEndOfMonth();
        return page("Personio simulator",
                "<h1>Personio simulator: signed in as employee " + employeeId + " of " + tenant + "</h1>\n"
                + "<p><a id=\"timesheet\" href=\"/__simulator/timesheet?" + range + "\">The timesheet JSON of "
                + month + "</a> (as <code>/svc/attendance-bff/v1/timesheet/" + employeeId
                + "</code> serves it, without the session checks)</p>\n"
                + "<p><a id=\"log\" href=\"/__simulator/log\">The request log</a></p>\n");
    }

    private static String page(String title, String body) {
        return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>" + title
                + "</title>\n</head>\n<body>\n" + body + "</body>\n</html>\n";
    }
}
