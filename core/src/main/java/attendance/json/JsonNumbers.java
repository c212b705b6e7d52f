package attendance.json;

import java.util.Set;
import org.json.JSONException;
import org.json.JSONString;

/**
 * What the browser build has org.json call instead of two of its own methods (see
 * {@code extension/.../bundle/JsonMethodsReplaced}), which keeps {@code java.math}, the double parser and reflection
 * out of {@code core.js}. {@link #toNumber} reads a number as org.json's {@code JSONObject.stringToNumber} does,
 * without {@code BigDecimal} and {@code BigInteger}: a whole number that fits is an {@code Integer} or a
 * {@code Long}, as there; any other JSON number is a {@link Decimal} that keeps its text. A JVM test holds the two
 * readings equal for every JSON number. A text that is not a JSON number stays a string (org.json read a few such
 * texts as numbers, such as {@code 1.} or hex floats; no answer the core reads has them), and a {@code Decimal} is
 * written back as its text ({@code 1e5} where {@code BigDecimal} wrote {@code 1E+5}).
 */
public final class JsonNumbers {
    private static final int EXACT_POWERS = 22;

    private JsonNumbers() {
    }

    /** The number a JSON text stands for; {@code NumberFormatException} for a text that is no JSON number. */
    public static Number toNumber(String val) {
        if (!JsonNumberSyntax.matches(val)) {
            throw new NumberFormatException("val [" + val + "] is not a valid number.");
        }
        boolean whole = val.indexOf('.') < 0 && val.indexOf('e') < 0 && val.indexOf('E') < 0 && !"-0".equals(val);
        if (!whole) {
            return new Decimal(val);
        }
        long value;
        try {
            value = Long.parseLong(val);
        } catch (NumberFormatException beyondLong) {
            return new Decimal(val);
        }
        if (value >= Integer.MIN_VALUE && value <= Integer.MAX_VALUE) {
            return Integer.valueOf((int) value);
        }
        return Long.valueOf(value);
    }

    /**
     * What the browser build has org.json do with a Java bean: refuse it. The core hands org.json maps, lists and
     * plain values only; a bean would otherwise be read through reflection, which the bundle leaves out.
     */
    public static void noBean(Object bean, Set<Object> seen) {
        throw new JSONException("a " + bean.getClass().getName() + " is no JSON value");
    }

    /**
     * A JSON number kept as its text: one with a fraction or an exponent, or a whole number beyond a long. org.json
     * writes it as that text ({@link JSONString}), also when it wraps it in a collection.
     */
    public static final class Decimal extends Number implements JSONString {
        private static final long serialVersionUID = 1L;
        private final String text;

        Decimal(String text) {
            this.text = text;
        }

        @Override
        public double doubleValue() {
            return parse(text);
        }

        @Override
        public float floatValue() {
            return (float) doubleValue();
        }

        @Override
        public long longValue() {
            return (long) doubleValue();
        }

        @Override
        public int intValue() {
            return (int) doubleValue();
        }

        /** The number as the JSON text had it. */
        @Override
        public String toString() {
            return text;
        }

        @Override
        public String toJSONString() {
            return text;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Decimal d && d.text.equals(text);
        }

        @Override
        public int hashCode() {
            return text.hashCode();
        }
    }

    /**
     * A JSON number's value as a double: exact for up to 15 significant digits and an exponent of at most 22 either
     * way (both factors are then exact doubles, and one multiplication or division rounds once), close otherwise.
     */
    static double parse(String s) {
        int i = 0;
        boolean negative = s.charAt(0) == '-';
        if (negative) {
            i++;
        }
        long mantissa = 0;
        int digits = 0;
        int exponent = 0;
        boolean fraction = false;
        for (; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '.') {
                fraction = true;
            } else if (c == 'e' || c == 'E') {
                break;
            } else if (mantissa == 0 && c == '0') {
                exponent -= fraction ? 1 : 0;
            } else if (digits < 18) {
                mantissa = mantissa * 10 + (c - '0');
                digits++;
                exponent -= fraction ? 1 : 0;
            } else {
                exponent += fraction ? 0 : 1;
            }
        }
        if (i < s.length()) {
            exponent += exponent(s, i + 1);
        }
        if (mantissa == 0) {
            return negative ? -0.0 : 0.0;
        }
        double value = mantissa;
        int left = Math.abs(exponent);
        while (left > EXACT_POWERS) {
            value = exponent > 0 ? value * 1e22 : value / 1e22;
            left -= EXACT_POWERS;
        }
        value = exponent > 0 ? value * Math.pow(10, left) : value / Math.pow(10, left);
        return negative ? -value : value;
    }

    /** An exponent's value, held within ±100000: any beyond that makes the number infinite or zero all the same. */
    private static int exponent(String s, int from) {
        int i = from;
        boolean negative = s.charAt(i) == '-';
        if (s.charAt(i) == '-' || s.charAt(i) == '+') {
            i++;
        }
        int value = 0;
        for (; i < s.length(); i++) {
            value = Math.min(value * 10 + (s.charAt(i) - '0'), 100_000);
        }
        return negative ? -value : value;
    }
}
