package dev.chainrule.processor.emit;

import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.expr.ArrayAccessExpr;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.DoubleLiteralExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.IntegerLiteralExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import dev.chainrule.processor.ir.Expr;
import dev.chainrule.processor.ir.Primitive;

/**
 * IR expressions as JavaParser expressions. Parentheses are added where Java's precedence would otherwise regroup
 * the operands; a right operand of equal precedence is parenthesised too, because floating-point addition and
 * multiplication are not associative.
 */
final class ExpressionPrinter {
    private static final int ADDITIVE = 1;
    private static final int MULTIPLICATIVE = 2;
    private static final int UNARY = 3;
    private static final int PRIMARY = 4;

    private final Namer namer;

    ExpressionPrinter(Namer namer) {
        this.namer = namer;
    }

    Expression print(Expr expr) {
        if (expr instanceof Expr.Const constant) {
            return constant(constant);
        }
        if (expr instanceof Expr.Ref ref) {
            return new NameExpr(namer.nameOf(ref.var()));
        }
        if (expr instanceof Expr.Element element) {
            return new ArrayAccessExpr(new NameExpr(namer.nameOf(element.array())),
                    new IntegerLiteralExpr(Integer.toString(element.index())));
        }
        if (expr instanceof Expr.PartialCall call) {
            return call("Partials", call.method(), call.args());
        }
        Expr.Apply apply = (Expr.Apply) expr;
        Primitive op = apply.op();
        if (!op.isOperator()) {
            return call(apply.strict() ? "StrictMath" : "Math", op.mathName(), apply.args());
        }
        if (op == Primitive.NEG) {
            return new UnaryExpr(operand(apply.args().get(0), UNARY + 1), UnaryExpr.Operator.MINUS);
        }
        int precedence = precedence(op);
        BinaryExpr.Operator operator = switch (op) {
            case ADD -> BinaryExpr.Operator.PLUS;
            case SUB -> BinaryExpr.Operator.MINUS;
            case MUL -> BinaryExpr.Operator.MULTIPLY;
            default -> BinaryExpr.Operator.DIVIDE;
        };
        return new BinaryExpr(operand(apply.args().get(0), precedence), operand(apply.args().get(1), precedence + 1),
                operator);
    }

    private Expression call(String owner, String method, java.util.List<Expr> args) {
        NodeList<Expression> printed = new NodeList<>();
        args.forEach(arg -> printed.add(print(arg)));
        return new MethodCallExpr(new NameExpr(owner), method, printed);
    }

    /** Prints {@code expr}, in parentheses when it binds less tightly than {@code required}. */
    private Expression operand(Expr expr, int required) {
        Expression printed = print(expr);
        return precedence(expr) < required ? new EnclosedExpr(printed) : printed;
    }

    private static int precedence(Expr expr) {
        if (expr instanceof Expr.Apply apply && apply.op().isOperator()) {
            return apply.op() == Primitive.NEG ? UNARY : precedence(apply.op());
        }
        if (expr instanceof Expr.Const constant && constant.symbol() == null && isNegative(constant.value())) {
            return UNARY;
        }
        return PRIMARY;
    }

    private static int precedence(Primitive op) {
        return op == Primitive.ADD || op == Primitive.SUB ? ADDITIVE : MULTIPLICATIVE;
    }

    private static Expression constant(Expr.Const constant) {
        if (constant.symbol() != null) {
            int dot = constant.symbol().lastIndexOf('.');
            return new FieldAccessExpr(new NameExpr(constant.symbol().substring(0, dot)),
                    constant.symbol().substring(dot + 1));
        }
        double value = constant.value();
        if (Double.isNaN(value)) {
            return new FieldAccessExpr(new NameExpr("Double"), "NaN");
        }
        if (Double.isInfinite(value)) {
            return new FieldAccessExpr(new NameExpr("Double"),
                    value > 0 ? "POSITIVE_INFINITY" : "NEGATIVE_INFINITY");
        }
        DoubleLiteralExpr magnitude = new DoubleLiteralExpr(Double.toString(Math.abs(value)));
        return isNegative(value) ? new UnaryExpr(magnitude, UnaryExpr.Operator.MINUS) : magnitude;
    }

    /** True for negative numbers and for -0.0, whose sign matters (1 / -0.0 is -inf). */
    private static boolean isNegative(double value) {
        return value < 0 || Double.doubleToRawLongBits(value) == Long.MIN_VALUE;
    }
}
