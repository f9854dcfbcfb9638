package dev.chainrule.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.chainrule.processor.Compilations.compile;
import static dev.chainrule.processor.Compilations.source;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Every diagnostic of the catalog, on the line that has the problem, with its id and a fix. Nothing unsupported
 * compiles silently.
 */
class DiagnosticsTest {

    /** A class {@code demo.F} whose line 6 onward is {@code body}, inside an annotated method when it starts so. */
    private static JavaFileObject unit(String... body) {
        String[] lines = new String[body.length + 6];
        lines[0] = "package demo;";
        lines[1] = "import dev.chainrule.Differentiable;";
        lines[2] = "import dev.chainrule.NoDerivative;";
        lines[3] = "";
        lines[4] = "public class F {";
        System.arraycopy(body, 0, lines, 5, body.length);
        lines[lines.length - 1] = "}";
        return source("demo.F", lines);
    }

    private static void assertError(Compilation compilation, JavaFileObject file, int line, String id, String text) {
        assertThat(compilation).failed();
        assertThat(compilation).hadErrorContaining("[" + id + "]").inFile(file).onLine(line);
        assertThat(compilation).hadErrorContaining(text).inFile(file).onLine(line);
        assertThat(compilation).hadErrorContaining("Fix: ").inFile(file).onLine(line);
    }

    @Test
    void instanceMethodReadsFieldsOfItsObject() {
        JavaFileObject file = unit(
                "  double k = 2;",
                "  int n = 3;",
                "  @Differentiable",
                "  double f(double x) { return k * x * this.n; }");
        assertThat(compile(file)).succeededWithoutWarnings();
    }

    @Test
    void privateInstanceFieldIsAnUnknownName() {
        JavaFileObject file = unit(
                "  private double k = 2;",
                "  @Differentiable",
                "  double f(double x) {",
                "    return k * x;",
                "  }");
        assertError(compile(file), file, 9, "AD/UnknownName", "k is not a parameter or local");
    }

    @Test
    void privateMethodIsNotAccessible() {
        JavaFileObject file = unit(
                "  @Differentiable",
                "  private static double f(double x) { return x; }");
        assertError(compile(file), file, 7, "AD/NotAccessible", "f is private");
    }

    @Test
    void methodInPrivateClassIsNotAccessible() {
        JavaFileObject file = unit(
                "  private static class Inner {",
                "    @Differentiable",
                "    static double f(double x) { return x; }",
                "  }");
        assertError(compile(file), file, 8, "AD/NotAccessible", "private class");
    }

    @Test
    void floatParameterIsUnsupported() {
        JavaFileObject file = unit(
                "  @Differentiable",
                "  static double f(double x,",
                "                  float y) { return x; }");
        assertError(compile(file), file, 8, "AD/UnsupportedType", "parameter y has type float");
    }

    @Test
    void floatResultIsUnsupported() {
        JavaFileObject file = unit(
                "  @Differentiable",
                "  static float f(double x) { return 1f; }");
        assertError(compile(file), file, 7, "AD/UnsupportedType", "the result of f has type float");
    }

    @Test
    void stringLocalIsUnsupported() {
        JavaFileObject file = unit(
                "  @Differentiable",
                "  static double f(double x) {",
                "    String name = \"f\";",
                "    return x;",
                "  }");
        assertError(compile(file), file, 8, "AD/UnsupportedType", "local name has type String");
    }

    @Test
    void switchCaseFallingThroughIsUnsupported() {
        JavaFileObject file = unit(
                "  @Differentiable",
                "  static double f(double x, int n) {",
                "    double y = x;",
                "    switch (n) { case 1: y = 2 * x; default: y = y * x; }",
                "    return y;",
                "  }");
        assertError(compile(file), file, 9, "AD/UnsupportedConstruct", "no fall-through");
    }

    @Test
    void breakFromInsideACaseIsUnsupported() {
        JavaFileObject file = unit(
                "  @Differentiable",
                "  static double f(double x, int n) {",
                "    double y = x;",
                "    switch (n) { case 1: if (x > 0) { break; } y = 2 * x; break; default: y = 3; }",
                "    return y;",
                "  }");
        assertError(compile(file), file, 9, "AD/UnsupportedConstruct", "no break from inside a branch");
    }

    @Test
    void switchExpressionWithABlockIsUnsupported() {
        JavaFileObject file = unit(
                "  @Differentiable",
                "  static double f(double x, int n) {",
                "    double y = switch (n) { case 1 -> 2 * x;",
                "      default -> { double z = x * x; yield z; } };",
                "    return y;",
                "  }");
        assertError(compile(file), file, 9, "AD/UnsupportedConstruct", "case ... -> value;");
    }

    @Test
    void cloningAMatrixIsUnsupported() {
        JavaFileObject file = unit(
                "  @Differentiable",
                "  static double f(double[][] m) {",
                "    double[][] copy = m.clone();",
                "    return copy[0][0];",
                "  }");
        assertError(compile(file), file, 8, "AD/UnsupportedConstruct", "shares its rows");
    }

    @Test
    void labelledBlockIsUnsupported() {
        JavaFileObject file = unit(
                "  @Differentiable",
                "  static double f(double x) {",
                "    double y = 0;",
                "    block: { y = x; if (y > 5) break block; y = 2 * x; }",
                "    return y;",
                "  }");
        assertError(compile(file), file, 9, "AD/UnsupportedConstruct", "labeled statement");
    }

    @Test
    void assignmentInsideAnExpressionIsReportedAtTheExpression() {
        JavaFileObject file = unit(
                "  @Differentiable",
                "  static double f(double x) {",
                "    double y = x * x;",
                "    double z = y",
                "        + (y = 2);",
                "    return z;",
                "  }");
        assertError(compile(file), file, 10, "AD/UnsupportedConstruct", "assign expression");
    }

    @Test
    void bitwiseOperatorIsUnsupported() {
        JavaFileObject file = unit(
                "  @Differentiable",
                "  static double f(double x, int n) {",
                "    int odd = n & 1;",
                "    return x * odd;",
                "  }");
        assertError(compile(file), file, 8, "AD/UnsupportedConstruct", "operator & is not supported");
    }

    @Test
    void mathFunctionWithoutRuleHasNoRule() {
        JavaFileObject file = unit(
                "  @Differentiable",
                "  static double f(double x) {",
                "    double y = x + 1;",
                "    return Math.IEEEremainder(y, x);",
                "  }");
        assertError(compile(file), file, 9, "AD/UnsupportedCall", "Math.IEEEremainder(y, x)");
    }

    @Test
    void callOfALibraryMethodHasNoRule() {
        JavaFileObject file = unit(
                "  @Differentiable",
                "  static double f(double x) {",
                "    return Double.sum(x, 1.0) * 2;",
                "  }");
        assertError(compile(file), file, 8, "AD/UnsupportedCall", "Double.sum(x, 1.0)");
        assertThat(compile(file)).hadErrorContaining("@DerivativeOf").inFile(file).onLine(8);
    }

    @Test
    void privateFieldIsAnUnknownName() {
        JavaFileObject file = unit(
                "  private static double scale = 2;",
                "  @Differentiable",
                "  static double f(double x) {",
                "    return scale * x;",
                "  }");
        assertError(compile(file), file, 9, "AD/UnknownName", "scale is not a parameter or local");
    }

    @Test
    void staticFieldsAreReadAsConstants() {
        JavaFileObject file = unit(
                "  static final double G = 9.81;",
                "  static int steps = 3;",
                "  @Differentiable",
                "  static double f(double x) {",
                "    double s = 0;",
                "    for (int i = 0; i < steps; i++) s += G * x * F.G;",
                "    return s;",
                "  }");
        assertThat(compile(file)).succeededWithoutWarnings();
    }

    @Test
    void instanceFieldIsUnsupported() {
        JavaFileObject file = unit(
                "  double k = 2;",
                "  @Differentiable",
                "  static double f(double x, F other) {",
                "    return x;",
                "  }");
        assertError(compile(file), file, 8, "AD/UnsupportedType", "parameter other has type F");
    }

    @Test
    void assignmentToFieldIsUnsupported() {
        JavaFileObject file = unit(
                "  static double last;",
                "  @Differentiable",
                "  static double f(double x) {",
                "    F.last = x;",
                "    return x;",
                "  }");
        assertError(compile(file), file, 9, "AD/UnsupportedConstruct", "F.last");
    }

    @Test
    void wrtNamingNoParameter() {
        JavaFileObject file = unit(
                "  @Differentiable(wrt = {\"y\"})",
                "  static double f(double x) { return x; }");
        assertError(compile(file), file, 7, "AD/UnknownWrt", "wrt names y");
    }

    @Test
    void wrtNamingAConstant() {
        JavaFileObject file = unit(
                "  @Differentiable(wrt = {\"k\"})",
                "  static double f(double x, @NoDerivative double k) { return x * k; }");
        assertError(compile(file), file, 7, "AD/UnknownWrt", "wrt names k");
    }

    @Test
    void overloadedDifferentiableMethods() {
        JavaFileObject file = unit(
                "  @Differentiable",
                "  static double f(double x) { return x; }",
                "  @Differentiable",
                "  static double f(double x, double y) { return x * y; }");
        assertError(compile(file), file, 7, "AD/Overloaded", "f is overloaded in F");
    }

    @Test
    void everyProblemOfAMethodIsReported() {
        JavaFileObject file = unit(
                "  @Differentiable",
                "  static double f(double x, int n) {",
                "    double a = Math.IEEEremainder(x, x);",
                "    int b = n & 3;",
                "    return a + b;",
                "  }");
        Compilation compilation = compile(file);
        assertThat(compilation).hadErrorContaining("[AD/UnsupportedCall]").inFile(file).onLine(8);
        assertThat(compilation).hadErrorContaining("[AD/UnsupportedConstruct]").inFile(file).onLine(9);
    }

    @Test
    void writeIntoAnInputArray() {
        JavaFileObject file = unit(
                "  @Differentiable",
                "  static double f(double[] x) {",
                "    x[0] = 2 * x[0];",
                "    return x[0];",
                "  }");
        assertError(compile(file), file, 8, "AD/WriteToInput", "writes into the parameter array x");
    }

    @Test
    void writeIntoAConstantInputArray() {
        JavaFileObject file = unit(
                "  @Differentiable",
                "  static double f(double y, @NoDerivative double[] data) {",
                "    data[0] += y;",
                "    return data[0] * y;",
                "  }");
        assertError(compile(file), file, 8, "AD/WriteToInput", "writes into the parameter array data");
    }

    @Test
    void writeIntoAStaticArrayField() {
        JavaFileObject file = unit(
                "  static final double[] TABLE = {1, 2};",
                "  @Differentiable",
                "  static double f(double y) {",
                "    TABLE[0] = y;",
                "    return TABLE[1] * y;",
                "  }");
        assertError(compile(file), file, 9, "AD/WriteToField", "writes into the static array field TABLE");
    }

    @Test
    void theRowOfAForOverAMatrixCannotBeReplaced() {
        JavaFileObject file = unit(
                "  @Differentiable",
                "  static double f(double[][] m) {",
                "    double s = 0;",
                "    for (double[] row : m) {",
                "      row = new double[2];",
                "      s += row[0];",
                "    }",
                "    return s;",
                "  }");
        assertError(compile(file), file, 10, "AD/UnsupportedConstruct", "stands for its row");
    }

    @Test
    void aliasingAnArrayIsUnsupported() {
        JavaFileObject file = unit(
                "  @Differentiable",
                "  static double f(double[] x) {",
                "    double[] y = x;",
                "    return y[0];",
                "  }");
        assertError(compile(file), file, 8, "AD/UnsupportedConstruct", "aliasing arrays is not supported");
    }

    @Test
    void matrixResultIsUnsupported() {
        JavaFileObject file = unit(
                "  @Differentiable",
                "  static double[][] f(double x) { return new double[][] {{x}}; }");
        assertError(compile(file), file, 7, "AD/UnsupportedType", "the result of f has type double[][]");
    }

    @Test
    void floorOfAnActiveValueWarnsOfAZeroDerivative() {
        JavaFileObject file = unit(
                "  @Differentiable",
                "  static double f(double x) {",
                "    double y = x * 3;",
                "    return y + Math.floor(y);",
                "  }");
        Compilation compilation = compile(file);
        assertThat(compilation).succeeded();
        assertThat(compilation).hadWarningContaining("[AD/ZeroDerivative] `Math.floor(y)` is piecewise constant")
                .inFile(file).onLine(9);
    }

    @Test
    void castToIntOfAnActiveValueWarnsOfAZeroDerivative() {
        JavaFileObject file = unit(
                "  @Differentiable",
                "  static double f(double x, @NoDerivative double[] table) {",
                "    int i = (int) (x * 4);",
                "    return table[i] * x;",
                "  }");
        Compilation compilation = compile(file);
        assertThat(compilation).succeeded();
        assertThat(compilation).hadWarningContaining("[AD/ZeroDerivative] the cast `(int) (x * 4)`")
                .inFile(file).onLine(8);
    }

    @Test
    void floorOfAConstantDoesNotWarn() {
        JavaFileObject file = unit(
                "  @Differentiable",
                "  static double f(double x, @NoDerivative double k) {",
                "    return x * Math.floor(k);",
                "  }");
        assertThat(compile(file)).succeededWithoutWarnings();
    }

    @Test
    void resultThatIgnoresTheInputsWarns() {
        JavaFileObject file = unit(
                "  @Differentiable",
                "  static double f(double x, @NoDerivative double k) {",
                "    return k * 2;",
                "  }");
        Compilation compilation = compile(file);
        assertThat(compilation).succeeded();
        assertThat(compilation).hadWarningContaining("[AD/ConstantResult] the result of f does not depend")
                .inFile(file).onLine(7);
    }

    @Test
    void floatLiteralIsUnsupported() {
        JavaFileObject file = unit(
                "  @Differentiable",
                "  static double f(double x) {",
                "    return x * 0.5f;",
                "  }");
        assertError(compile(file), file, 8, "AD/UnsupportedType", "literal 0.5f has type float");
    }

    @Test
    void integerDivisionByZeroIsReported() {
        JavaFileObject file = unit(
                "  @Differentiable",
                "  static double f(double x) {",
                "    return x * (1 / 0);",
                "  }");
        assertError(compile(file), file, 8, "AD/UnsupportedConstruct", "division by zero");
    }

    @Test
    void sideEffectStatementIsUnsupported() {
        JavaFileObject file = unit(
                "  @Differentiable",
                "  static double f(double x) {",
                "    System.out.println(x);",
                "    return x;",
                "  }");
        assertError(compile(file), file, 8, "AD/UnsupportedConstruct", "method call expression");
    }

    @Test
    void activeArgumentToAConstantParameterIsAnError() {
        JavaFileObject file = unit(
                "  @Differentiable",
                "  static double g(double a, @NoDerivative double s) { return a * s; }",
                "  @Differentiable",
                "  static double f(double x) {",
                "    return g(1.0,",
                "        x * 2);",
                "  }");
        assertError(compile(file), file, 10, "AD/ConstantArgument", "parameter 2 of g, which has no derivative");
    }

    @Test
    void stoppedArgumentToAConstantParameterIsFine() {
        JavaFileObject file = unit(
                "  @Differentiable",
                "  static double g(double a, @NoDerivative double s) { return a * s; }",
                "  @Differentiable",
                "  static double f(double x) {",
                "    return g(x, dev.chainrule.StopGradient.stop(x * 2));",
                "  }");
        assertThat(compile(file)).succeededWithoutWarnings();
    }

    @Test
    void ruleForAMissingMethod() {
        JavaFileObject file = unit(
                "  @dev.chainrule.DerivativeOf(\"nothing\")",
                "  static double rule(double x) { return 1; }");
        assertError(compile(file), file, 7, "AD/BadRule", "no method nothing with the rule's parameter types");
    }

    @Test
    void ruleOfATwoParameterMethodNamesItsParameter() {
        JavaFileObject file = unit(
                "  static double g(double a, double b) { return a * b; }",
                "  @dev.chainrule.DerivativeOf(\"g\")",
                "  static double dg(double a, double b) { return b; }");
        assertError(compile(file), file, 8, "AD/BadRule", "g has several double parameters: name one in wrt");
    }

    @Test
    void ruleMustBeStaticAndReturnDouble() {
        JavaFileObject file = unit(
                "  static double g(double a) { return a; }",
                "  @dev.chainrule.DerivativeOf(\"g\")",
                "  int dg(double a) { return 1; }");
        assertError(compile(file), file, 8, "AD/BadRule", "static, non-private method returning double");
    }

    @Test
    void callWithTwoCandidatesHasNoRule() {
        JavaFileObject file = unit(
                "  static double g(double a) { return a; }",
                "  static double g(double[] a) { return a[0]; }",
                "  @Differentiable",
                "  static double f(double x) {",
                "    return g(x);",
                "  }");
        assertError(compile(file), file, 10, "AD/UnsupportedCall", "g(x)");
    }

    @Test
    void helperWithUnsupportedCodeIsReportedInTheHelper() {
        JavaFileObject file = unit(
                "  static double g(double a) {",
                "    synchronized (F.class) { return a; }",
                "  }",
                "  @Differentiable",
                "  static double f(double x) { return g(x); }");
        assertError(compile(file), file, 7, "AD/UnsupportedConstruct", "synchronized statement");
    }

    @Test
    void unicodeEscapesInTheBodyAreRead() {
        JavaFileObject file = unit(
                "  @Differentiable",
                "  static double f(double x) {",
                "    return x \\u002A x;",
                "  }");
        assertThat(compile(file)).succeededWithoutWarnings();
    }
}
