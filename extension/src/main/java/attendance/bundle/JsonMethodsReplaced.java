package attendance.bundle;

import java.util.Map;
import org.teavm.model.BasicBlock;
import org.teavm.model.ClassHolder;
import org.teavm.model.ClassHolderTransformer;
import org.teavm.model.ClassHolderTransformerContext;
import org.teavm.model.Instruction;
import org.teavm.model.MethodDescriptor;
import org.teavm.model.MethodHolder;
import org.teavm.model.MethodReference;
import org.teavm.model.Program;
import org.teavm.model.ValueType;
import org.teavm.model.Variable;
import org.teavm.model.instructions.ExitInstruction;
import org.teavm.model.instructions.InvocationType;
import org.teavm.model.instructions.InvokeInstruction;

/**
 * Gives two methods of org.json's {@code JSONObject} one statement each, a call to the core's own, so that what they
 * pulled stays out of {@code core.js}; run by TeaVM at build time, and the build fails if org.json no longer has
 * either method.
 * <ul>
 * <li>{@code stringToNumber(String)} makes a {@code BigDecimal} of any number with a fraction or an exponent and a
 * {@code BigInteger} of every whole one; {@code java.math}, with TeaVM's double parser and printer that came with it,
 * was about a sixth of the minified bundle. {@code attendance.json.JsonNumbers.toNumber} reads numbers instead, held
 * to org.json's reading by a JVM test.</li>
 * <li>{@code populateMap(Object, Set)} turns a Java bean into an object through reflection. The core never hands
 * org.json a bean; {@code attendance.json.JsonNumbers.noBean} refuses one with a {@code JSONException}, so that a
 * mistake shows instead of writing an empty object.</li>
 * </ul>
 * And each {@code String.equalsIgnoreCase} in {@code JSONObject} and {@code JSONArray} (the words {@code true},
 * {@code false} and {@code null}) becomes {@code attendance.json.AsciiCase.equalsIgnoreCase}, which leaves the
 * Unicode case tables out.
 */
public final class JsonMethodsReplaced implements ClassHolderTransformer {
    private static final String CORE = "attendance.json.JsonNumbers";
    private static final ValueType STRING = ValueType.object("java.lang.String");
    private static final ValueType NUMBER = ValueType.object("java.lang.Number");
    private static final ValueType OBJECT = ValueType.object("java.lang.Object");
    private static final ValueType SET = ValueType.object("java.util.Set");
    private static final Map<MethodDescriptor, MethodReference> REPLACED = Map.of(
            new MethodDescriptor("stringToNumber", STRING, NUMBER),
            new MethodReference(CORE, "toNumber", STRING, NUMBER),
            new MethodDescriptor("populateMap", OBJECT, SET, ValueType.VOID),
            new MethodReference(CORE, "noBean", OBJECT, SET, ValueType.VOID));

    private static final MethodReference ASCII_CASE = new MethodReference("attendance.json.AsciiCase",
            "equalsIgnoreCase", STRING, STRING, ValueType.BOOLEAN);

    @Override
    public void transformClass(ClassHolder cls, ClassHolderTransformerContext context) {
        if (cls.getName().equals("org.json.JSONObject") || cls.getName().equals("org.json.JSONArray")) {
            for (MethodHolder method : cls.getMethods()) {
                if (method.getProgram() != null) {
                    asciiCase(method.getProgram());
                }
            }
        }
        if (!cls.getName().equals("org.json.JSONObject")) {
            return;
        }
        for (Map.Entry<MethodDescriptor, MethodReference> replaced : REPLACED.entrySet()) {
            MethodHolder method = cls.getMethod(replaced.getKey());
            if (method == null || method.getProgram() == null) {
                throw new IllegalStateException("org.json.JSONObject has no " + replaced.getKey() + " to replace");
            }
            method.setProgram(callOnly(replaced.getKey(), replaced.getValue()));
        }
    }

    /** Each {@code a.equalsIgnoreCase(b)} becomes {@code AsciiCase.equalsIgnoreCase(a, b)}. */
    private static void asciiCase(Program program) {
        for (BasicBlock block : program.getBasicBlocks()) {
            for (Instruction instruction : block) {
                if (instruction instanceof InvokeInstruction invoke
                        && invoke.getMethod().getClassName().equals("java.lang.String")
                        && invoke.getMethod().getName().equals("equalsIgnoreCase")) {
                    InvokeInstruction call = new InvokeInstruction();
                    call.setType(InvocationType.SPECIAL);
                    call.setMethod(ASCII_CASE);
                    call.setArguments(invoke.getInstance(), invoke.getArguments().get(0));
                    call.setReceiver(invoke.getReceiver());
                    invoke.replace(call);
                }
            }
        }
    }

    /** A body that hands the method's parameters to a static method and returns what it returns. */
    private static Program callOnly(MethodDescriptor method, MethodReference target) {
        Program program = new Program();
        program.createVariable();
        Variable[] parameters = new Variable[method.parameterCount()];
        for (int i = 0; i < parameters.length; i++) {
            parameters[i] = program.createVariable();
        }
        BasicBlock block = program.createBasicBlock();
        InvokeInstruction call = new InvokeInstruction();
        call.setType(InvocationType.SPECIAL);
        call.setMethod(target);
        call.setArguments(parameters);
        ExitInstruction exit = new ExitInstruction();
        if (method.getResultType() != ValueType.VOID) {
            Variable result = program.createVariable();
            call.setReceiver(result);
            exit.setValueToReturn(result);
        }
        block.add(call);
        block.add(exit);
        return program;
    }
}
