package attendance.locales;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import attendance.planning.SkipReason;
import attendance.run.DayOutcome;
import attendance.run.RunErrorCode;
import attendance.run.RunState;
import attendance.selfcheck.Check;
import attendance.selfcheck.CheckCode;
import attendance.selfcheck.FieldsKind;
import attendance.selfcheck.Result;
import attendance.settings.ViolationCode;
import attendance.text.MessageCode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.json.JSONObject;
import org.junit.jupiter.api.Test;

/** Every code the core can send has its words in English and German, and every key a page asks for exists. */
class LocalesTest {
    private static final Path WEB = Path.of("web");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$(\\d)");
    private static final Pattern PLURAL_FORM = Pattern.compile("(.+)_(zero|one|two|few|many|other)");
    /**
     * The CLDR plural categories of each language, as {@code Intl.PluralRules} selects them (the Node test
     * {@code test/locales.test.js} holds this table to the browser's own rules).
     */
    private static final Map<String, Set<String>> CATEGORIES = Map.of(
            "en", Set.of("one", "other"), "de", Set.of("one", "other"), "nl", Set.of("one", "other"),
            "es", Set.of("one", "many", "other"), "fr", Set.of("one", "many", "other"),
            "it", Set.of("one", "many", "other"));

    /** Every language the extension speaks: each folder under _locales. */
    private static List<String> languages() throws IOException {
        try (Stream<Path> dirs = Files.list(WEB.resolve("_locales"))) {
            return dirs.filter(Files::isDirectory).map(d -> d.getFileName().toString()).sorted().toList();
        }
    }

    private static JSONObject messages(String language) throws IOException {
        return new JSONObject(Files.readString(WEB.resolve("_locales").resolve(language).resolve("messages.json")));
    }

    private static List<String> codeKeys() {
        List<String> keys = new ArrayList<>();
        for (RunErrorCode c : RunErrorCode.values()) {
            keys.add("error_" + c.code());
        }
        for (ViolationCode c : ViolationCode.values()) {
            keys.add("violation_" + c.code());
        }
        for (MessageCode c : MessageCode.values()) {
            keys.add("detail_" + c.code());
        }
        for (SkipReason c : SkipReason.values()) {
            keys.add("reason_" + c.code());
        }
        for (DayOutcome c : DayOutcome.values()) {
            keys.add("outcome_" + c.code());
        }
        for (RunState c : RunState.values()) {
            keys.add("summary_" + c.code());
        }
        for (Check c : Check.values()) {
            keys.add("check_" + c.code());
        }
        for (Result c : Result.values()) {
            keys.add("result_" + c.code());
        }
        for (CheckCode c : CheckCode.values()) {
            keys.add("finding_" + c.code());
        }
        for (FieldsKind c : FieldsKind.values()) {
            keys.add("fields_" + c.code());
        }
        for (String rules : attendance.settings.Settings.WORK_RULES) {
            keys.add("workRules_" + rules);
        }
        return keys;
    }

    @Test
    void everyCodeTheCoreSendsHasItsWordsInEveryLanguage() throws IOException {
        assertTrue(languages().containsAll(List.of("en", "de")), languages().toString());
        for (String language : languages()) {
            JSONObject messages = messages(language);
            for (String key : codeKeys()) {
                assertTrue(messages.has(key) || messages.has(key + "_other"), language + " lacks " + key);
            }
        }
    }

    @Test
    void everyLanguageHasTheSameKeysEachWithADescriptionAndTheSamePlaceholders() throws IOException {
        JSONObject en = messages("en");
        assertTrue(en.length() > 100, "the English messages: " + en.length());
        for (String language : languages()) {
            JSONObject other = messages(language);
            assertTrue(CATEGORIES.containsKey(language), language + " needs its plural categories in this test");
            assertEquals(new TreeSet<>(bases(en).keySet()), new TreeSet<>(bases(other).keySet()), language);
            for (Map.Entry<String, Set<String>> base : bases(other).entrySet()) {
                if (!base.getValue().isEmpty()) {
                    assertEquals(CATEGORIES.get(language), base.getValue(),
                            language + ": the forms of " + base.getKey());
                }
            }
            for (String key : other.keySet()) {
                JSONObject entry = other.getJSONObject(key);
                assertFalse(entry.optString("description").isBlank(), language + ": " + key + " has no description");
                assertFalse(entry.optString("message").isBlank(), language + ": " + key + " has no message");
                Matcher form = PLURAL_FORM.matcher(key);
                String english = en.has(key) ? key : form.matches() ? form.group(1) + "_other" : key;
                assertEquals(placeholders(en.getJSONObject(english).getString("message")),
                        placeholders(entry.getString("message")), language + ": " + key);
            }
        }
    }

    /**
     * A language's keys by base: a message that counts ({@code key_one}, {@code key_other}, ...; every such message
     * has an {@code _other} form) is one base with its categories; any other key is a base with none.
     */
    private static Map<String, Set<String>> bases(JSONObject messages) {
        Map<String, Set<String>> bases = new TreeMap<>();
        for (String key : messages.keySet()) {
            Matcher form = PLURAL_FORM.matcher(key);
            if (form.matches() && messages.has(form.group(1) + "_other")) {
                bases.computeIfAbsent(form.group(1), k -> new TreeSet<>()).add(form.group(2));
            } else {
                bases.computeIfAbsent(key, k -> new TreeSet<>());
            }
        }
        return bases;
    }

    @Test
    void everyKeyAPageNamesExists() throws IOException {
        JSONObject en = messages("en");
        Pattern call = Pattern.compile("\\bt\\('([A-Za-z0-9_]+)'");
        Pattern counted = Pattern.compile("\\bplural\\('([A-Za-z0-9_]+)'");
        int named = 0;
        Pattern attribute = Pattern.compile("data-i18n=\"([A-Za-z0-9_]+)\"");
        List<String> missing = new ArrayList<>();
        try (Stream<Path> files = Files.list(WEB)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".js") || f.toString().endsWith(".html"))
                    .toList()) {
                String text = Files.readString(file);
                for (Pattern p : List.of(call, attribute, counted)) {
                    Matcher m = p.matcher(text);
                    while (m.find()) {
                        named++;
                        String key = p == counted ? m.group(1) + "_other" : m.group(1);
                        if (!en.has(key)) {
                            missing.add(file.getFileName() + ": " + key);
                        }
                    }
                }
            }
        }
        if (!missing.isEmpty()) {
            fail("keys missing from _locales: " + missing);
        }
        assertTrue(named > 100, "keys the pages name: " + named);
    }

    private static Set<String> placeholders(String message) {
        Set<String> found = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(message);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }
}
