package attendance.personio;

import attendance.settings.SettingsCodec;
import java.util.List;

/** Which company's Personio to work with. */
public final class Company {
    private Company() {
    }

    /**
     * The settings' company when they name one, else the first valid company where the user is (the active tab's,
     * the other open Personio tabs', the last one seen, a host-only cookie's, in that order); null when there is none.
     *
     * @param fromSettings   the settings' {@code tenant}, or null
     * @param whereTheUserIs the candidates in order; anything that is not a company's subdomain is passed over
     */
    public static String choose(String fromSettings, List<?> whereTheUserIs) {
        if (fromSettings != null) {
            return fromSettings;
        }
        for (Object candidate : whereTheUserIs) {
            if (candidate instanceof String tenant && SettingsCodec.isTenant(tenant)) {
                return tenant;
            }
        }
        return null;
    }
}
