package dev.chainrule.processor.frontend;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.CastExpr;
import com.github.javaparser.ast.expr.DoubleLiteralExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.IntegerLiteralExpr;
import com.github.javaparser.ast.expr.LongLiteralExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import com.github.javaparser.ast.type.PrimitiveType;
import dev.chainrule.processor.diagnostics.Diagnostic;
import dev.chainrule.processor.diagnostics.Problem;
import dev.chainrule.processor.ir.Expr;
import dev.chainrule.processor.ir.Primitive;
import dev.chainrule.processor.ir.Stmt;
import dev.chainrule.processor.ir.Var;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Lowers expressions into three-address statements appended to the body. Every operation but the outermost of an
 * assigned expression gets a temporary; integer-typed subexpressions (literals only, in the supported subset) are
 * folded with Java's integer semantics so {@code 1 / 2} stays 0 as in the user's code.
 */
final class ExpressionLowering {
    /** Stands in for an expression that was reported, so the walk can go on and find further problems. */
    private static final Operand REPORTED = Operand.ofDouble(Expr.Const.of(0));

    private final Scope scope;
    private final List<Stmt> body;
    private final List<Problem> problems;
    private final StaticImports imports;

    ExpressionLowering(Scope scope, List<Stmt> body, List<Problem> problems, StaticImports imports) {
        this.scope = scope;
        this.body = body;
        this.problems = problems;
        this.imports = imports;
    }

    /** Lowers {@code expression} to an atom: a constant or a variable. */
    Operand atom(Expression expression) {
        Operand value = value(expression);
        if (value.expr() instanceof Expr.Apply) {
            Var temp = new Var("t", Var.Role.SYNTHETIC);
            body.add(new Stmt.Let(temp, value.expr()));
            return Operand.ofDouble(new Expr.Ref(temp));
        }
        return value;
    }

    /** Lowers {@code expression}, leaving its outermost operation (if any) for the caller to assign. */
    Operand value(Expression expression) {
        if (expression instanceof EnclosedExpr enclosed) {
            return value(enclosed.getInner());
        }
        if (expression instanceof DoubleLiteralExpr literal) {
            return doubleLiteral(literal);
        }
        if (expression instanceof IntegerLiteralExpr literal) {
            return Operand.ofInt(literal.asNumber().longValue());
        }
        if (expression instanceof LongLiteralExpr literal) {
            return Operand.ofLong(literal.asNumber().longValue());
        }
        if (expression instanceof NameExpr name) {
            return name(name);
        }
        if (expression instanceof FieldAccessExpr field) {
            return field(field);
        }
        if (expression instanceof MethodCallExpr call) {
            return call(call);
        }
        if (expression instanceof BinaryExpr binary) {
            return binary(binary);
        }
        if (expression instanceof UnaryExpr unary) {
            return unary(unary);
        }
        if (expression instanceof CastExpr cast) {
            return cast(cast);
        }
        return unsupported(expression, "expressions of this kind are not supported yet");
    }

    /** The variable holding the current value of an assigned name, reporting names that are not locals. */
    Optional<Var> current(NameExpr name) {
        Optional<Var> var = scope.lookup(name.getNameAsString());
        if (var.isEmpty() && !scope.isDeclared(name.getNameAsString())) {
            report(name, Diagnostic.UNKNOWN_NAME, name.getNameAsString());
        }
        return var;
    }

    private Operand doubleLiteral(DoubleLiteralExpr literal) {
        String text = literal.getValue();
        if (text.endsWith("f") || text.endsWith("F")) {
            report(literal, Diagnostic.UNSUPPORTED_TYPE, "literal " + text, "float");
            return REPORTED;
        }
        return Operand.ofDouble(Expr.Const.of(literal.asDouble()));
    }

    private Operand name(NameExpr name) {
        String member = name.getNameAsString();
        if (!scope.isDeclared(member)) {
            String owner = imports.owner(member, false);
            Optional<Double> constant = MathLibrary.constant(member);
            if (owner != null && constant.isPresent()) {
                return Operand.ofDouble(new Expr.Const(constant.get(), owner + "." + member));
            }
        }
        return current(name).map(var -> Operand.ofDouble(new Expr.Ref(var))).orElse(REPORTED);
    }

    private Operand field(FieldAccessExpr field) {
        String owner = field.getScope().toString();
        Optional<Double> constant = MathLibrary.constant(field.getNameAsString());
        if (MathLibrary.isMathClass(owner) && constant.isPresent()) {
            String shortOwner = MathLibrary.STRICT_MATH_CLASSES.contains(owner) ? "StrictMath" : "Math";
            return Operand.ofDouble(new Expr.Const(constant.get(), shortOwner + "." + field.getNameAsString()));
        }
        return unsupported(field, "fields are not supported; pass the value in as a parameter");
    }

    private Operand call(MethodCallExpr call) {
        String owner = call.getScope().map(Node::toString)
                .orElseGet(() -> imports.owner(call.getNameAsString(), true));
        Optional<Primitive> primitive = MathLibrary.function(call.getNameAsString());
        if (owner == null || !MathLibrary.isMathClass(owner) || primitive.isEmpty()) {
            report(call, Diagnostic.UNSUPPORTED_CALL, "`" + Describe.code(call) + "`");
            return REPORTED;
        }
        List<Operand> args = new ArrayList<>();
        for (Expression argument : call.getArguments()) {
            args.add(atom(argument));
        }
        if (args.size() != primitive.get().arity()) {
            report(call, Diagnostic.UNSUPPORTED_CALL, "`" + Describe.code(call) + "`");
            return REPORTED;
        }
        if (MathLibrary.INTEGER_OVERLOADS.contains(primitive.get()) && args.stream().allMatch(Operand::isIntegral)) {
            return IntegerFolding.call(primitive.get(), args);
        }
        boolean strict = MathLibrary.STRICT_MATH_CLASSES.contains(owner);
        return Operand.ofDouble(new Expr.Apply(primitive.get(), args.stream().map(Operand::expr).toList(), strict));
    }

    private Operand binary(BinaryExpr binary) {
        Primitive op = switch (binary.getOperator()) {
            case PLUS -> Primitive.ADD;
            case MINUS -> Primitive.SUB;
            case MULTIPLY -> Primitive.MUL;
            case DIVIDE -> Primitive.DIV;
            default -> null;
        };
        if (op == null) {
            return unsupported(binary, "operator " + binary.getOperator().asString() + " is not supported yet");
        }
        Operand left = atom(binary.getLeft());
        Operand right = atom(binary.getRight());
        if (left.isIntegral() && right.isIntegral()) {
            return IntegerFolding.binary(op, left, right).orElseGet(() -> unsupported(binary, "division by zero"));
        }
        return Operand.ofDouble(Expr.Apply.of(op, left.expr(), right.expr()));
    }

    private Operand unary(UnaryExpr unary) {
        switch (unary.getOperator()) {
            case PLUS:
                return value(unary.getExpression());
            case MINUS:
                Operand operand = atom(unary.getExpression());
                if (operand.expr() instanceof Expr.Const constant && constant.symbol() == null) {
                    return operand.isIntegral()
                            ? IntegerFolding.negate(operand)
                            : Operand.ofDouble(Expr.Const.of(-constant.value()));
                }
                return Operand.ofDouble(Expr.Apply.of(Primitive.NEG, operand.expr()));
            default:
                return unsupported(unary, "operator " + unary.getOperator().asString() + " is not supported here");
        }
    }

    private Operand cast(CastExpr cast) {
        boolean toDouble = cast.getType().isPrimitiveType()
                && cast.getType().asPrimitiveType().getType() == PrimitiveType.Primitive.DOUBLE;
        if (!toDouble) {
            return unsupported(cast, "only casts to double are supported");
        }
        Operand operand = value(cast.getExpression());
        return operand.isIntegral() ? Operand.ofDouble(operand.expr()) : operand;
    }

    private Operand unsupported(Node node, String why) {
        report(node, Diagnostic.UNSUPPORTED_CONSTRUCT, Describe.node(node), why);
        return REPORTED;
    }

    private void report(Node node, Diagnostic diagnostic, Object... args) {
        problems.add(Problem.at(node, diagnostic, args));
    }
}
