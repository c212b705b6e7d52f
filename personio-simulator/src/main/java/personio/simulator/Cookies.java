package personio.simulator;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads a request's Cookie headers and writes Set-Cookie values the way Personio scopes them. */
final class Cookies {

    static final String XSRF = "ATHENA-XSRF-TOKEN";
    static final String ATHENA = "ATHENA_SESSION";
    static final String PERSONIO = "personio_session";
    static final String LANGUAGE = "product_language";

    private Cookies() {
    }

    /** Name to value; the first of a repeated name wins, as servers commonly do. */
    static Map<String, String> parse(List<String> cookieHeaders) {
        Map<String, String> cookies = new HashMap<>();
        if (cookieHeaders == null) {
            return cookies;
        }
        for (String header : cookieHeaders) {
            for (String pair : header.split(";")) {
                int equals = pair.indexOf('=');
                if (equals > 0) {
                    cookies.putIfAbsent(pair.substring(0, equals).trim(), pair.substring(equals + 1).trim());
                }
            }
        }
        return cookies;
    }

    /** A cookie for every tenant's host, like Personio's. */
    static String set(String name, String value, boolean httpOnly) {
        return name + "=" + value + "; Domain=.app.personio.com; Path=/; Secure; SameSite=Lax"
                + (httpOnly ? "; HttpOnly" : "");
    }
}
