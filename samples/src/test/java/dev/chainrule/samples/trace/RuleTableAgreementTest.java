package dev.chainrule.samples.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.chainrule.rules.Evaluation;
import dev.chainrule.rules.Primitive;
import dev.chainrule.runtime.DifferentiableFunction;
import dev.chainrule.runtime.trace.Active;
import dev.chainrule.runtime.trace.ActiveMath;
import dev.chainrule.runtime.trace.Execution;
import dev.chainrule.runtime.trace.TraceableScalar;
import dev.chainrule.runtime.trace.TracedFunction;
import dev.chainrule.runtime.trace.Tracing;
import dev.chainrule.samples.e2e.ArithmeticDerivatives;
import dev.chainrule.samples.e2e.MathPrimitivesDerivatives;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The processor, the tracer and the rule table agree on every primitive user code may call: at random points inside
 * its domain and at the points where the table's policy chooses a value, the table's value and partials
 * ({@link Evaluation}), the generated view of a {@code @Differentiable} method that calls the primitive
 * ({@code MathPrimitives}, {@code Arithmetic}, {@link Remainder}) and the traced primitive ({@link ActiveMath},
 * {@link Active}), interpreted and compiled, in reverse and in forward mode, give the same value and gradient.
 */
class RuleTableAgreementTest {

    private static final int POINTS = 20;
    // The table, the tracer and generated code evaluate the same formulas, but generated code may arrange a product
    // otherwise (seed · partial folded into the partial): equal to the last bits.
    private static final double TOLERANCE = 1e-14;

    /** The name of an operator's method on {@link Active} and of its generated sample. */
    private static final Map<Primitive, String[]> OPERATORS = Map.of(
            Primitive.ADD, new String[] {"add", "add"}, Primitive.SUB, new String[] {"sub", "subtract"},
            Primitive.MUL, new String[] {"mul", "multiply"}, Primitive.DIV, new String[] {"div", "divide"},
            Primitive.REM, new String[] {"rem", "rem"}, Primitive.NEG, new String[] {"neg", "negate"});

    static Stream<Primitive> sourcePrimitives() {
        return Arrays.stream(Primitive.values()).filter(p -> p.use() == Primitive.Use.SOURCE);
    }

    static Stream<Arguments> specialPoints() {
        double inf = Double.POSITIVE_INFINITY;
        return Stream.of(
                Arguments.of(Primitive.ABS, new double[] {0.0}), Arguments.of(Primitive.ABS, new double[] {-0.0}),
                Arguments.of(Primitive.MIN, new double[] {2, 2}), Arguments.of(Primitive.MAX, new double[] {-1, -1}),
                Arguments.of(Primitive.MAX, new double[] {Double.NaN, 1}),
                Arguments.of(Primitive.HYPOT, new double[] {0, 0}), Arguments.of(Primitive.ATAN2, new double[] {0, 0}),
                Arguments.of(Primitive.SQRT, new double[] {0.0}), Arguments.of(Primitive.SQRT, new double[] {-0.0}),
                Arguments.of(Primitive.CBRT, new double[] {0.0}), Arguments.of(Primitive.LOG, new double[] {0.0}),
                Arguments.of(Primitive.LOG10, new double[] {-0.0}), Arguments.of(Primitive.LOG1P, new double[] {-1}),
                Arguments.of(Primitive.ASIN, new double[] {1}), Arguments.of(Primitive.ACOS, new double[] {-1}),
                Arguments.of(Primitive.POW, new double[] {0, 0}), Arguments.of(Primitive.POW, new double[] {0, 0.5}),
                Arguments.of(Primitive.POW, new double[] {0, 1}), Arguments.of(Primitive.POW, new double[] {0, 2}),
                Arguments.of(Primitive.POW, new double[] {-2, 3}), Arguments.of(Primitive.POW, new double[] {3, 0}),
                Arguments.of(Primitive.COPY_SIGN, new double[] {0, -1}),
                Arguments.of(Primitive.COPY_SIGN, new double[] {-2, inf}),
                Arguments.of(Primitive.REM, new double[] {7, 2}), Arguments.of(Primitive.REM, new double[] {-7, 2}));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sourcePrimitives")
    void atRandomPoints(Primitive primitive) throws ReflectiveOperationException {
        Random random = new Random(primitive.ordinal());
        Agreement agreement = new Agreement(primitive);
        for (int p = 0; p < POINTS; p++) {
            agreement.at(point(primitive, random));
        }
    }

    @ParameterizedTest(name = "{0} at {1}")
    @MethodSource("specialPoints")
    void whereThePolicyChooses(Primitive primitive, double[] x) throws ReflectiveOperationException {
        new Agreement(primitive).at(x);
    }

    /** One primitive's three implementations. */
    private static final class Agreement {

        private final Primitive primitive;
        private final DifferentiableFunction generated;
        private final TracedFunction interpreted;
        private final TracedFunction compiled;

        Agreement(Primitive primitive) throws ReflectiveOperationException {
            this.primitive = primitive;
            this.generated = generatedView(primitive);
            TraceableScalar traced = traced(primitive);
            this.interpreted = Tracing.scalar(primitive.arity(), traced, Execution.INTERPRETED);
            // Another object, so that the two keep tapes of their own.
            TraceableScalar same = traced::apply;
            this.compiled = Tracing.scalar(primitive.arity(), same, Execution.COMPILED);
        }

        void at(double[] x) {
            String where = primitive + " at " + Arrays.toString(x);
            double value = primitive.value(false, x);
            double[] gradient = new double[x.length];
            for (int j = 0; j < x.length; j++) {
                gradient[j] = Evaluation.partial(primitive, j, x);
            }
            assertAgrees(value, gradient, generated, x, "generated, " + where);
            assertAgrees(value, gradient, interpreted, x, "interpreted, " + where);
            compiled.trace(x);
            assertTrue(compiled.isCompiled(), where);
            assertAgrees(value, gradient, compiled, x, "compiled, " + where);
        }
    }

    /** Reverse mode with seed 1, and forward mode along each axis, against the table's value and partials. */
    private static void assertAgrees(double value, double[] gradient, DifferentiableFunction f, double[] x,
            String where) {
        double[] y = new double[1];
        double[] xBar = new double[x.length];
        f.vjp(x, new double[] {1}, y, xBar);
        assertClose(value, y[0], where + ": value");
        for (int j = 0; j < x.length; j++) {
            assertClose(gradient[j], xBar[j], where + ": reverse partial " + j);
            double[] v = new double[x.length];
            v[j] = 1;
            double[] yDot = new double[1];
            f.jvp(x, v, y, yDot);
            assertClose(gradient[j], yDot[0], where + ": forward partial " + j);
        }
    }

    // Infinities and NaN exactly, finite values to rounding.
    private static void assertClose(double expected, double actual, String where) {
        if (Double.isFinite(expected)) {
            assertEquals(expected, actual, TOLERANCE * Math.max(1, Math.abs(expected)), where);
        } else {
            assertEquals(expected, actual, where);
        }
    }

    /** The view of the sample that calls {@code primitive} alone. */
    private static DifferentiableFunction generatedView(Primitive primitive) throws ReflectiveOperationException {
        Class<?> owner = primitive == Primitive.REM ? RemainderDerivatives.class
                : primitive.isOperator() ? ArithmeticDerivatives.class : MathPrimitivesDerivatives.class;
        String name = primitive.isOperator() ? OPERATORS.get(primitive)[1] : primitive.mathName();
        return (DifferentiableFunction) owner.getMethod(name).invoke(null);
    }

    /** The primitive over active values: its {@link ActiveMath} function, or its operator's method of {@link Active}. */
    private static TraceableScalar traced(Primitive primitive) throws NoSuchMethodException {
        Class<?>[] parameters = new Class<?>[primitive.arity()];
        Arrays.fill(parameters, Active.class);
        if (primitive.isOperator()) {
            Method method = Active.class.getMethod(OPERATORS.get(primitive)[0],
                    Arrays.copyOf(parameters, parameters.length - 1));
            return x -> call(method, x[0], Arrays.copyOfRange(x, 1, x.length));
        }
        Method method = ActiveMath.class.getMethod(primitive.mathName(), parameters);
        return x -> call(method, null, x);
    }

    private static Active call(Method method, Object receiver, Object[] args) {
        try {
            return (Active) method.invoke(receiver, args);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    /** A point inside the primitive's domain, away from the points where the policy chooses. */
    private static double[] point(Primitive primitive, Random random) {
        double[] x = random.doubles(primitive.arity(), -2, 2).toArray();
        switch (primitive) {
            case ASIN, ACOS -> x[0] = random.nextDouble(-0.95, 0.95);
            case TAN -> x[0] = random.nextDouble(-1.3, 1.3);
            case LOG, LOG10, SQRT, CBRT, POW -> x[0] = random.nextDouble(0.1, 3);
            case LOG1P -> x[0] = random.nextDouble(-0.9, 3);
            case DIV, REM -> x[1] = Math.copySign(random.nextDouble(0.5, 2), x[1]);
            default -> {
            }
        }
        return x;
    }
}
