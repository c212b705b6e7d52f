package attendance.bundle;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.teavm.model.BasicBlock;
import org.teavm.model.ClassHolder;
import org.teavm.model.ClassHolderTransformer;
import org.teavm.model.ClassHolderTransformerContext;
import org.teavm.model.Instruction;
import org.teavm.model.MethodHolder;
import org.teavm.model.MethodReference;
import org.teavm.model.Program;
import org.teavm.model.ValueType;
import org.teavm.model.Variable;
import org.teavm.model.instructions.GetFieldInstruction;
import org.teavm.model.instructions.InvocationType;
import org.teavm.model.instructions.InvokeInstruction;
import org.teavm.model.instructions.NullConstantInstruction;

/**
 * Keeps {@code java.util.regex} out of {@code core.js}. org.json compiles one regular expression, its number syntax,
 * in {@code JSONObject}'s static initialiser, and asks it only whether a written number is valid JSON. That one
 * pattern pulled about a quarter of the unminified bundle. This transformer, run by TeaVM at build time, leaves the
 * pattern uncompiled and has each {@code NUMBER_PATTERN.matcher(s).matches()} ask
 * {@code attendance.json.JsonNumberSyntax.matches(s)} instead, which a JVM test holds equal to the pattern. Anything
 * else that touched the pattern fails the build rather than leave a broken bundle.
 */
public final class JsonWithoutRegex implements ClassHolderTransformer {
    private static final String PATTERN = "java.util.regex.Pattern";
    private static final String MATCHER = "java.util.regex.Matcher";
    private static final String FIELD = "NUMBER_PATTERN";
    private static final MethodReference SYNTAX = new MethodReference("attendance.json.JsonNumberSyntax", "matches",
            ValueType.object("java.lang.CharSequence"), ValueType.BOOLEAN);

    @Override
    public void transformClass(ClassHolder cls, ClassHolderTransformerContext context) {
        if (!cls.getName().equals("org.json.JSONObject") && !cls.getName().equals("org.json.JSONWriter")) {
            return;
        }
        for (MethodHolder method : cls.getMethods()) {
            if (method.getProgram() != null) {
                transform(cls.getName(), method);
            }
        }
    }

    private static void transform(String className, MethodHolder method) {
        Program program = method.getProgram();
        List<Variable> patterns = new ArrayList<>();
        Map<Variable, Variable> matcherInputs = new HashMap<>();
        List<Instruction> obsolete = new ArrayList<>();
        for (BasicBlock block : program.getBasicBlocks()) {
            for (Instruction instruction : block) {
                if (instruction instanceof GetFieldInstruction get && get.getField().getFieldName().equals(FIELD)
                        && get.getField().getClassName().equals("org.json.JSONObject")) {
                    patterns.add(get.getReceiver());
                    obsolete.add(get);
                } else if (instruction instanceof InvokeInstruction invoke) {
                    rewrite(className, method, invoke, patterns, matcherInputs, obsolete);
                }
            }
        }
        for (Instruction instruction : obsolete) {
            instruction.delete();
        }
    }

    private static void rewrite(String className, MethodHolder method, InvokeInstruction invoke,
            List<Variable> patterns, Map<Variable, Variable> matcherInputs, List<Instruction> obsolete) {
        MethodReference called = invoke.getMethod();
        if (called.getClassName().equals(PATTERN) && called.getName().equals("compile")) {
            if (!method.getName().equals("<clinit>")) {
                throw new IllegalStateException(className + "." + method.getName() + " compiles a pattern");
            }
            NullConstantInstruction none = new NullConstantInstruction();
            none.setReceiver(invoke.getReceiver());
            invoke.replace(none);
        } else if (called.getClassName().equals(PATTERN) && called.getName().equals("matcher")
                && patterns.contains(invoke.getInstance())) {
            matcherInputs.put(invoke.getReceiver(), invoke.getArguments().get(0));
            obsolete.add(invoke);
        } else if (called.getClassName().equals(MATCHER) && called.getName().equals("matches")
                && matcherInputs.containsKey(invoke.getInstance())) {
            InvokeInstruction syntax = new InvokeInstruction();
            syntax.setType(InvocationType.SPECIAL);
            syntax.setMethod(SYNTAX);
            syntax.setArguments(matcherInputs.get(invoke.getInstance()));
            syntax.setReceiver(invoke.getReceiver());
            invoke.replace(syntax);
        } else if (called.getClassName().equals(PATTERN) || called.getClassName().equals(MATCHER)) {
            throw new IllegalStateException(className + "." + method.getName() + " uses " + called
                    + ", which JsonWithoutRegex does not rewrite");
        }
    }
}
