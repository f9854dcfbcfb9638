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
    void instanceMethodIsNotStatic() {
        JavaFileObject file = unit(
                "  @Differentiable",
                "  double f(double x) { return x; }");
        assertError(compile(file), file, 7, "AD/NotStatic", "f is not static");
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
    void intParameterIsUnsupported() {
        JavaFileObject file = unit(
                "  @Differentiable",
                "  static double f(double x,",
                "                  int n) { return x; }");
        assertError(compile(file), file, 8, "AD/UnsupportedType", "parameter n has type int");
    }

    @Test
    void floatResultIsUnsupported() {
        JavaFileObject file = unit(
                "  @Differentiable",
                "  static float f(double x) { return 1f; }");
        assertError(compile(file), file, 7, "AD/UnsupportedType", "the result of f has type float");
    }

    @Test
    void intLocalIsUnsupported() {
        JavaFileObject file = unit(
                "  @Differentiable",
                "  static double f(double x) {",
                "    int k = 2;",
                "    return x * k;",
                "  }");
        assertError(compile(file), file, 8, "AD/UnsupportedType", "local k has type int");
    }

    @Test
    void ifStatementIsUnsupported() {
        JavaFileObject file = unit(
                "  @Differentiable",
                "  static double f(double x) {",
                "    double y = x;",
                "    if (x > 0) { y = 2 * x; }",
                "    return y;",
                "  }");
        assertError(compile(file), file, 9, "AD/UnsupportedConstruct", "if statement `if (x > 0)");
    }

    @Test
    void loopIsUnsupported() {
        JavaFileObject file = unit(
                "  @Differentiable",
                "  static double f(double x) {",
                "    double y = 0;",
                "    for (int i = 0; i < 3; i++) y += x;",
                "    return y;",
                "  }");
        assertError(compile(file), file, 9, "AD/UnsupportedConstruct", "for statement");
    }

    @Test
    void conditionalExpressionIsReportedAtTheExpression() {
        JavaFileObject file = unit(
                "  @Differentiable",
                "  static double f(double x) {",
                "    double y = x * x;",
                "    double z = y",
                "        + (x > 0 ? x : 0);",
                "    return z;",
                "  }");
        assertError(compile(file), file, 10, "AD/UnsupportedConstruct", "conditional expression");
    }

    @Test
    void remainderIsUnsupported() {
        JavaFileObject file = unit(
                "  @Differentiable",
                "  static double f(double x) {",
                "    return x % 2;",
                "  }");
        assertError(compile(file), file, 8, "AD/UnsupportedConstruct", "operator %");
    }

    @Test
    void unknownMathFunctionHasNoRule() {
        JavaFileObject file = unit(
                "  @Differentiable",
                "  static double f(double x) {",
                "    double y = x + 1;",
                "    return Math.floor(y);",
                "  }");
        assertError(compile(file), file, 9, "AD/UnsupportedCall", "Math.floor(y)");
    }

    @Test
    void callOfAnotherMethodHasNoRule() {
        JavaFileObject file = unit(
                "  static double g(double x) { return x; }",
                "  @Differentiable",
                "  static double f(double x) {",
                "    return g(x) * 2;",
                "  }");
        assertError(compile(file), file, 9, "AD/UnsupportedCall", "g(x)");
    }

    @Test
    void fieldIsAnUnknownName() {
        JavaFileObject file = unit(
                "  static double scale = 2;",
                "  @Differentiable",
                "  static double f(double x) {",
                "    return scale * x;",
                "  }");
        assertError(compile(file), file, 9, "AD/UnknownName", "scale is not a parameter or local");
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
                "  static double f(double x) {",
                "    double a = Math.floor(x);",
                "    double b = x % 3;",
                "    return a + b;",
                "  }");
        Compilation compilation = compile(file);
        assertThat(compilation).hadErrorContaining("[AD/UnsupportedCall]").inFile(file).onLine(8);
        assertThat(compilation).hadErrorContaining("[AD/UnsupportedConstruct]").inFile(file).onLine(9);
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
}
