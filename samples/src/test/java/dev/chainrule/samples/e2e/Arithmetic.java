package dev.chainrule.samples.e2e;

import dev.chainrule.Differentiable;

/** Arithmetic operators, unary minus, compound assignments, increments and reassignment chains. */
final class Arithmetic {

    private Arithmetic() {
    }

    @Differentiable
    static double add(double x, double y) {
        return x + y;
    }

    @Differentiable
    static double subtract(double x, double y) {
        return x - y;
    }

    @Differentiable
    static double multiply(double x, double y) {
        return x * y;
    }

    @Differentiable
    static double divide(double x, double y) {
        return x / y;
    }

    @Differentiable
    static double negate(double x) {
        return -x;
    }

    @Differentiable
    static double negateExpressions(double x, double y) {
        return -(x * y) + -x - -y * -(-x);
    }

    @Differentiable
    static double constantOperands(double x) {
        return 2 * x + x * 3.5 - 7 + (1.25 - x) + x / 4 - 10 / x;
    }

    @Differentiable
    static double plusAssign(double x, double y) {
        double t = x;
        t += y * y;
        t += 2;
        return t;
    }

    @Differentiable
    static double minusAssign(double x, double y) {
        double t = x * y;
        t -= x;
        t -= 3;
        return t;
    }

    @Differentiable
    static double timesAssign(double x, double y) {
        double t = x;
        t *= y;
        t *= t;
        t *= 2;
        return t;
    }

    @Differentiable
    static double divideAssign(double x, double y) {
        double t = x;
        t /= y;
        t /= 1 + x * x;
        t /= 3;
        return t;
    }

    @Differentiable
    static double compoundOnParameters(double x, double y) {
        x += y;
        x *= x;
        y -= x;
        y /= 2;
        return x + y;
    }

    @Differentiable
    static double incrementsAndDecrements(double x, double y) {
        double t = x * y;
        t++;
        t++;
        t--;
        ++t;
        --t;
        x++;
        return t * x;
    }

    @Differentiable
    static double reassignmentChain(double x, double y) {
        double t = x;
        t = t * y;
        t = Math.sin(t) + t;
        t = t * t - x;
        t = Math.exp(t / 10);
        t = t + y * t;
        return t;
    }

    @Differentiable
    static double reassignSquaring(double x) {
        double t = x;
        t = t * t;
        t = t * t;
        t = t * t;
        return t;
    }

    @Differentiable
    static double multipleDeclarators(double x, double y) {
        double a = x, b = y * a, c;
        c = a * b - b;
        a = c / (1 + b * b);
        return a + b + c;
    }
}
