package dev.chainrule.processor.emit;

import com.github.javaparser.ast.ArrayCreationLevel;
import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.expr.ArrayAccessExpr;
import com.github.javaparser.ast.expr.ArrayCreationExpr;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.BooleanLiteralExpr;
import com.github.javaparser.ast.expr.CastExpr;
import com.github.javaparser.ast.expr.ConditionalExpr;
import com.github.javaparser.ast.expr.DoubleLiteralExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.IntegerLiteralExpr;
import com.github.javaparser.ast.expr.LongLiteralExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import com.github.javaparser.ast.type.ArrayType;
import com.github.javaparser.ast.type.PrimitiveType;
import dev.chainrule.processor.ir.Expr;
import dev.chainrule.processor.ir.RuntimeOp;
import dev.chainrule.processor.ir.Operator;
import dev.chainrule.rules.Primitive;
import dev.chainrule.processor.ir.Type;
import java.util.List;

/**
 * IR expressions as JavaParser expressions. Parentheses are added where Java's precedence would otherwise regroup
 * the operands; a right operand of equal precedence is parenthesised too, because floating-point addition and
 * multiplication are not associative.
 */
final class ExpressionPrinter {
    private static final int CONDITIONAL = 2;
    private static final int OR = 3;
    private static final int AND = 4;
    private static final int EQUALITY = 8;
    private static final int RELATIONAL = 9;
    private static final int ADDITIVE = 11;
    private static final int MULTIPLICATIVE = 12;
    private static final int UNARY = 13;
    private static final int PRIMARY = 16;

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
            return new ArrayAccessExpr(operand(element.array(), PRIMARY), print(element.index()));
        }
        if (expr instanceof Expr.Length length) {
            return new FieldAccessExpr(operand(length.array(), PRIMARY), "length");
        }
        if (expr instanceof Expr.NewArray array) {
            NodeList<ArrayCreationLevel> levels = new NodeList<>();
            array.dimensions().forEach(d -> levels.add(new ArrayCreationLevel(print(d))));
            return new ArrayCreationExpr(PrimitiveType.doubleType(), levels, null);
        }
        if (expr instanceof Expr.Select select) {
            return new ConditionalExpr(operand(select.condition(), CONDITIONAL + 1),
                    operand(select.then(), CONDITIONAL + 1), operand(select.otherwise(), CONDITIONAL));
        }
        if (expr instanceof Expr.Pop pop) {
            return pop(pop);
        }
        if (expr instanceof Expr.Clone clone) {
            return new MethodCallExpr(operand(clone.array(), PRIMARY), "clone");
        }
        if (expr instanceof Expr.Text text) {
            return new StringLiteralExpr(text.value());
        }
        if (expr instanceof Expr.Op op) {
            return op(op);
        }
        if (expr instanceof Expr.Call call) {
            return call(call.callee().owner(), call.callee().name(), call.args());
        }
        if (expr instanceof Expr.Runtime runtime) {
            return runtime(runtime.op(), runtime.args());
        }
        if (expr instanceof Expr.Derivative derivative) {
            return call(derivative.callee().derivatives(), derivative.callee().name() + derivative.mode().suffix(),
                    derivative.args());
        }
        if (expr instanceof Expr.RulePartial partial) {
            String rule = partial.callee().rules().get(partial.index());
            int dot = rule.lastIndexOf('.');
            return call(rule.substring(0, dot), rule.substring(dot + 1), partial.args());
        }
        if (expr instanceof Expr.Member member) {
            return new MethodCallExpr(operand(member.object(), PRIMARY), member.accessor());
        }
        if (expr instanceof Expr.InstanceField field) {
            return new FieldAccessExpr(new NameExpr(namer.nameOf(field.receiver())), field.name());
        }
        if (expr instanceof Expr.Field field) {
            return new FieldAccessExpr(new NameExpr(field.owner()), field.name());
        }
        if (expr instanceof Expr.Cell) {
            return new MethodCallExpr(new NameExpr("tape"), "cell");
        }
        return apply((Expr.Apply) expr);
    }

    private Expression apply(Expr.Apply apply) {
        Primitive op = apply.op();
        if (op == Primitive.STRONG_PRODUCT) {
            return call("Partials", "chain", apply.args());
        }
        if (!op.isOperator()) {
            return call(apply.strict() ? "StrictMath" : "Math", op.mathName(), apply.args());
        }
        if (op == Primitive.NEG) {
            return new UnaryExpr(unaryOperand(apply.args().get(0)), UnaryExpr.Operator.MINUS);
        }
        BinaryExpr.Operator operator = switch (op) {
            case ADD -> BinaryExpr.Operator.PLUS;
            case SUB -> BinaryExpr.Operator.MINUS;
            case MUL -> BinaryExpr.Operator.MULTIPLY;
            case DIV -> BinaryExpr.Operator.DIVIDE;
            default -> BinaryExpr.Operator.REMAINDER;
        };
        return binary(operator, precedence(apply), apply.args());
    }

    private Expression op(Expr.Op op) {
        Operator operator = op.op();
        switch (operator.kind()) {
            case MATH:
                return call("Math", operator.symbol(), op.args());
            case IDENTITY:
                return operand(op.args().get(0), PRIMARY);
            case PREFIX:
                Expression operand = unaryOperand(op.args().get(0));
                return switch (operator) {
                    case NEG -> new UnaryExpr(operand, UnaryExpr.Operator.MINUS);
                    case NOT -> new UnaryExpr(operand, UnaryExpr.Operator.LOGICAL_COMPLEMENT);
                    case TO_INT -> new CastExpr(PrimitiveType.intType(), operand);
                    case TO_LONG -> new CastExpr(PrimitiveType.longType(), operand);
                    default -> new CastExpr(PrimitiveType.doubleType(), operand);
                };
            default:
                BinaryExpr.Operator binary = switch (operator) {
                    case ADD -> BinaryExpr.Operator.PLUS;
                    case SUB -> BinaryExpr.Operator.MINUS;
                    case MUL -> BinaryExpr.Operator.MULTIPLY;
                    case DIV -> BinaryExpr.Operator.DIVIDE;
                    case REM -> BinaryExpr.Operator.REMAINDER;
                    case LT -> BinaryExpr.Operator.LESS;
                    case LE -> BinaryExpr.Operator.LESS_EQUALS;
                    case GT -> BinaryExpr.Operator.GREATER;
                    case GE -> BinaryExpr.Operator.GREATER_EQUALS;
                    case EQ -> BinaryExpr.Operator.EQUALS;
                    case NE -> BinaryExpr.Operator.NOT_EQUALS;
                    case AND -> BinaryExpr.Operator.AND;
                    default -> BinaryExpr.Operator.OR;
                };
                return binary(binary, precedence(op), op.args());
        }
    }

    private Expression binary(BinaryExpr.Operator operator, int precedence, List<Expr> args) {
        return new BinaryExpr(operand(args.get(0), precedence), operand(args.get(1), precedence + 1), operator);
    }

    private Expression pop(Expr.Pop pop) {
        Type type = pop.type();
        String method = switch (type) {
            case DOUBLE -> "popDouble";
            case INT -> "popInt";
            case LONG -> "popLong";
            case BOOLEAN -> "popBoolean";
            default -> "popObject";
        };
        Expression call = new MethodCallExpr(new NameExpr("tape"), method);
        if (type.isArray()) {
            ArrayType arrayType = type == Type.DOUBLE_ARRAY ? new ArrayType(PrimitiveType.doubleType())
                    : new ArrayType(new ArrayType(PrimitiveType.doubleType()));
            return new CastExpr(arrayType, call);
        }
        return call;
    }

    /** A call of the runtime: on the thread's tape (the local {@code tape}) or a static method of its class. */
    Expression runtime(RuntimeOp op, List<Expr> args) {
        return call(op.owner() == RuntimeOp.Owner.TAPE ? "tape" : op.owner().className(), op.method(), args);
    }

    /** {@code owner.method(args)}, or {@code method(args)} for a method of the generated class itself. */
    private Expression call(String owner, String method, List<Expr> args) {
        NodeList<Expression> printed = new NodeList<>();
        args.forEach(arg -> printed.add(print(arg)));
        return new MethodCallExpr(owner == null ? null : new NameExpr(owner), method, printed);
    }

    /** Prints {@code expr}, in parentheses when it binds less tightly than {@code required}. */
    private Expression operand(Expr expr, int required) {
        Expression printed = print(expr);
        return precedence(expr) < required ? new EnclosedExpr(printed) : printed;
    }

    /** The operand of a prefix operator: parenthesised unless primary, so {@code -(-x)} never prints as {@code --x}. */
    private Expression unaryOperand(Expr expr) {
        return operand(expr, PRIMARY);
    }

    private static int precedence(Expr expr) {
        if (expr instanceof Expr.Apply apply) {
            return switch (apply.op()) {
                case ADD, SUB -> ADDITIVE;
                case MUL, DIV, REM -> MULTIPLICATIVE;
                case NEG -> UNARY;
                default -> PRIMARY;
            };
        }
        if (expr instanceof Expr.Op op) {
            return switch (op.op()) {
                case ADD, SUB -> ADDITIVE;
                case MUL, DIV, REM -> MULTIPLICATIVE;
                case LT, LE, GT, GE -> RELATIONAL;
                case EQ, NE -> EQUALITY;
                case AND -> AND;
                case OR -> OR;
                case NEG, NOT, TO_INT, TO_LONG, TO_DOUBLE -> UNARY;
                default -> PRIMARY;
            };
        }
        if (expr instanceof Expr.Pop pop && pop.type().isArray()) {
            return UNARY;
        }
        if (expr instanceof Expr.Select) {
            return CONDITIONAL;
        }
        if (expr instanceof Expr.Const constant && constant.symbol() == null && constant.isNegative()) {
            return UNARY;
        }
        return PRIMARY;
    }

    private static Expression constant(Expr.Const constant) {
        if (constant.symbol() != null) {
            int dot = constant.symbol().lastIndexOf('.');
            return new FieldAccessExpr(new NameExpr(constant.symbol().substring(0, dot)),
                    constant.symbol().substring(dot + 1));
        }
        switch (constant.type()) {
            case BOOLEAN:
                return new BooleanLiteralExpr(constant.integer() != 0);
            case INT:
                return signed(new IntegerLiteralExpr(magnitude(constant.integer())), constant);
            case LONG:
                return signed(new LongLiteralExpr(magnitude(constant.integer()) + "L"), constant);
            default:
                break;
        }
        double value = constant.real();
        if (Double.isNaN(value)) {
            return new FieldAccessExpr(new NameExpr("Double"), "NaN");
        }
        if (Double.isInfinite(value)) {
            return new FieldAccessExpr(new NameExpr("Double"),
                    value > 0 ? "POSITIVE_INFINITY" : "NEGATIVE_INFINITY");
        }
        return signed(new DoubleLiteralExpr(Double.toString(Math.abs(value))), constant);
    }

    /**
     * The digits of an integer without its sign. MIN_VALUE has no positive counterpart of its type: its digits are
     * those of 2147483648 or 9223372036854775808, which Java accepts exactly as the operand of a unary minus.
     */
    private static String magnitude(long value) {
        return value < 0 ? Long.toUnsignedString(-value) : Long.toString(value);
    }

    private static Expression signed(Expression magnitude, Expr.Const constant) {
        return constant.isNegative() ? new UnaryExpr(magnitude, UnaryExpr.Operator.MINUS) : magnitude;
    }
}
