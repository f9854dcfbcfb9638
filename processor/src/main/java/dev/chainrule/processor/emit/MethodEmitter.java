package dev.chainrule.processor.emit;

import com.github.javaparser.ast.Modifier;
import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.BooleanLiteralExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.IntegerLiteralExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import com.github.javaparser.ast.expr.VariableDeclarationExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.BreakStmt;
import com.github.javaparser.ast.stmt.ContinueStmt;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.ForStmt;
import com.github.javaparser.ast.stmt.IfStmt;
import com.github.javaparser.ast.stmt.ReturnStmt;
import com.github.javaparser.ast.stmt.Statement;
import com.github.javaparser.ast.stmt.WhileStmt;
import com.github.javaparser.ast.type.ArrayType;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import com.github.javaparser.ast.type.PrimitiveType;
import dev.chainrule.processor.ir.Expr;
import dev.chainrule.processor.ir.Function;
import dev.chainrule.processor.ir.Operator;
import dev.chainrule.processor.ir.Param;
import dev.chainrule.rules.Primitive;
import dev.chainrule.processor.ir.Stmt;
import dev.chainrule.processor.ir.Type;
import dev.chainrule.processor.ir.Var;
import java.util.List;

/** Prints one IR function as a {@code public static} method. Names and declarations are decided before; not here. */
final class MethodEmitter {
    private final Namer namer;
    private final ExpressionPrinter printer;
    private final Declarations declarations;
    private final Function function;
    private final String receiverType;

    private MethodEmitter(Function function, String receiverType) {
        this.function = function;
        this.receiverType = receiverType;
        this.namer = Namer.of(function);
        this.printer = new ExpressionPrinter(namer);
        this.declarations = Declarations.of(function);
    }

    /** A public method; {@code receiverType} is the class of an instance method's receiver, or null. */
    static MethodDeclaration emit(Function function, String receiverType) {
        return new MethodEmitter(function, receiverType).method(Modifier.publicModifier());
    }

    /** A method only the generated class itself calls: a helper's copy and derivatives. */
    static MethodDeclaration emitPrivate(Function function) {
        return new MethodEmitter(function, null).method(Modifier.privateModifier());
    }

    private MethodDeclaration method(Modifier access) {
        MethodDeclaration method = new MethodDeclaration(
                new NodeList<>(access, Modifier.staticModifier()),
                function.result() == Function.Result.DOUBLE ? PrimitiveType.doubleType()
                        : function.result() == Function.Result.DOUBLE_ARRAY ? type(Type.DOUBLE_ARRAY)
                        : new ClassOrInterfaceType(null, function.result().javaName()),
                function.name());
        for (Param param : function.params()) {
            com.github.javaparser.ast.type.Type type = param.type() == Type.RECEIVER
                    ? new ClassOrInterfaceType(null, receiverType) : type(param.type());
            method.addParameter(new Parameter(type, namer.nameOf(param.var())));
        }
        BlockStmt body = new BlockStmt();
        if (RuntimeUses.of(function).contains("Tape")) {
            body.addStatement(new ExpressionStmt(new VariableDeclarationExpr(new VariableDeclarator(
                    new ClassOrInterfaceType(null, "Tape"), "tape",
                    new MethodCallExpr(new NameExpr("Tape"), "current")))));
        }
        block(function.body(), body);
        method.setBody(body);
        return method;
    }

    private BlockStmt block(List<Stmt> statements) {
        BlockStmt block = new BlockStmt();
        block(statements, block);
        return block;
    }

    private void block(List<Stmt> statements, BlockStmt into) {
        for (int i = 0; i < statements.size(); i++) {
            for (Var var : declarations.hoistedBefore(statements, i)) {
                into.addStatement(declaration(var, new NameExpr(var.type().zero())));
            }
            Stmt stmt = statements.get(i);
            if (stmt instanceof Stmt.Repeat repeat && repeat.step() != null) {
                replay(repeat, into);
            } else {
                into.addStatement(statement(stmt));
            }
        }
    }

    private Statement statement(Stmt stmt) {
        if (stmt instanceof Stmt.Assign assign) {
            if (declarations.declaredBy(stmt) == assign.var()) {
                return declaration(assign.var(), printer.print(assign.value()));
            }
            return new ExpressionStmt(expression(stmt));
        }
        if (stmt instanceof Stmt.If ifStmt) {
            if (ifStmt.then().isEmpty() && !ifStmt.otherwise().isEmpty()) {
                return new IfStmt(negate(ifStmt.condition()), block(ifStmt.otherwise()), null);
            }
            return new IfStmt(printer.print(ifStmt.condition()), block(ifStmt.then()),
                    ifStmt.otherwise().isEmpty() ? null : elseOf(block(ifStmt.otherwise())));
        }
        if (stmt instanceof Stmt.While loop) {
            return loop(loop);
        }
        if (stmt instanceof Stmt.Repeat repeat) {
            String counter = namer.nameOf(repeat.counter());
            ForStmt loop = new ForStmt();
            loop.setInitialization(new NodeList<>(new VariableDeclarationExpr(new VariableDeclarator(
                    PrimitiveType.intType(), counter, printer.print(repeat.times())))));
            loop.setCompare(new BinaryExpr(new NameExpr(counter), new IntegerLiteralExpr("0"),
                    BinaryExpr.Operator.GREATER));
            loop.setUpdate(new NodeList<>(new UnaryExpr(new NameExpr(counter), UnaryExpr.Operator.POSTFIX_DECREMENT)));
            loop.setBody(block(repeat.body()));
            return loop;
        }
        if (stmt instanceof Stmt.Each each) {
            String index = namer.nameOf(each.index());
            ForStmt loop = new ForStmt();
            loop.setInitialization(new NodeList<>(new VariableDeclarationExpr(new VariableDeclarator(
                    PrimitiveType.intType(), index, new IntegerLiteralExpr("0")))));
            loop.setCompare(new BinaryExpr(new NameExpr(index), printer.print(each.count()),
                    BinaryExpr.Operator.LESS));
            loop.setUpdate(new NodeList<>(new UnaryExpr(new NameExpr(index), UnaryExpr.Operator.POSTFIX_INCREMENT)));
            loop.setBody(block(each.body()));
            return loop;
        }
        if (stmt instanceof Stmt.Break) {
            return new BreakStmt();
        }
        if (stmt instanceof Stmt.Continue) {
            return new ContinueStmt();
        }
        if (stmt instanceof Stmt.Return ret) {
            return ret(ret);
        }
        return new ExpressionStmt(expression(stmt));
    }

    /** An else block holding nothing but an if prints as {@code else if}. */
    private static Statement elseOf(BlockStmt block) {
        return block.getStatements().size() == 1 && block.getStatement(0) instanceof IfStmt nested ? nested : block;
    }

    /** {@code v = v}, as the tangent of {@code s = s + 1} is: nothing to write. */
    /**
     * The backward replay of a counted loop, on its own counter: {@code int iFirst = i - count * c;} (or, when the
     * loop's start can be evaluated again, {@code int iFirst = start; i = iFirst + count * c;}), then
     * {@code for (i -= c; i >= iFirst; i -= c) { ... } i = iFirst;}.
     */
    private void replay(Stmt.Repeat repeat, BlockStmt into) {
        Stmt.Assign step = repeat.step();
        Var counter = step.var();
        Expr.Op forward = (Expr.Op) step.value();
        boolean up = forward.op() == Operator.ADD;
        Expr c = forward.args().get(1);
        Expr.Ref first = new Expr.Ref(repeat.counter());
        Expr span = repeat.times() == null ? null : c instanceof Expr.Const one && one.value() == 1 ? repeat.times()
                : new Expr.Op(Operator.MUL, List.of(repeat.times(), c), counter.type());
        if (repeat.first() == null) {
            into.addStatement(declaration(repeat.counter(), printer.print(new Expr.Op(up ? Operator.SUB : Operator.ADD,
                    List.of(new Expr.Ref(counter), span), counter.type()))));
        } else {
            into.addStatement(declaration(repeat.counter(), printer.print(repeat.first())));
            if (span != null) {
                into.addStatement(new ExpressionStmt(expression(new Stmt.Assign(counter, new Expr.Op(
                        up ? Operator.ADD : Operator.SUB, List.of(first, span), counter.type())))));
            }
        }
        Stmt.Assign back = new Stmt.Assign(counter, new Expr.Op(up ? Operator.SUB : Operator.ADD,
                List.of(new Expr.Ref(counter), c), counter.type()));
        ForStmt loop = new ForStmt();
        loop.setInitialization(new NodeList<>(expression(back)));
        loop.setCompare(new BinaryExpr(new NameExpr(namer.nameOf(counter)), printer.print(first),
                up ? BinaryExpr.Operator.GREATER_EQUALS : BinaryExpr.Operator.LESS_EQUALS));
        loop.setUpdate(new NodeList<>(expression(back)));
        loop.setBody(block(repeat.body()));
        into.addStatement(loop);
        into.addStatement(new ExpressionStmt(expression(new Stmt.Assign(counter, first))));
    }

    /** A statement that Java can write as an expression: assignment, accumulation, store, push, call. */
    private Expression expression(Stmt stmt) {
        if (stmt instanceof Stmt.Assign assign) {
            Expression step = step(assign);
            return step != null ? step
                    : new AssignExpr(new NameExpr(namer.nameOf(assign.var())), printer.print(assign.value()),
                            AssignExpr.Operator.ASSIGN);
        }
        if (stmt instanceof Stmt.Store store) {
            return new AssignExpr(printer.print(store.target()), printer.print(store.value()),
                    AssignExpr.Operator.ASSIGN);
        }
        if (stmt instanceof Stmt.Accumulate accumulate) {
            Expr value = accumulate.value();
            boolean negated = value instanceof Expr.Apply apply && apply.op() == Primitive.NEG;
            return new AssignExpr(printer.print(accumulate.target()),
                    printer.print(negated ? ((Expr.Apply) value).args().get(0) : value),
                    negated ? AssignExpr.Operator.MINUS : AssignExpr.Operator.PLUS);
        }
        if (stmt instanceof Stmt.Push push) {
            String method = switch (push.value().type()) {
                case DOUBLE -> "pushDouble";
                case INT -> "pushInt";
                case LONG -> "pushLong";
                case BOOLEAN -> "pushBoolean";
                default -> "pushObject";
            };
            return new MethodCallExpr(new NameExpr("tape"), method,
                    new NodeList<>(printer.print(push.value())));
        }
        if (stmt instanceof Stmt.Evaluate evaluate) {
            return printer.print(evaluate.expr());
        }
        if (stmt instanceof Stmt.Release release) {
            return new MethodCallExpr(new NameExpr("tape"), "release",
                    new NodeList<>(new IntegerLiteralExpr(Integer.toString(release.count()))));
        }
        Stmt.RuntimeCall call = (Stmt.RuntimeCall) stmt;
        return printer.runtime(call.op(), call.args());
    }

    /** {@code i = i + 1} of an integer prints as {@code i++}. */
    private Expression step(Stmt.Assign assign) {
        if (assign.value() instanceof Expr.Op op && op.type().isIntegral()
                && (op.op() == Operator.ADD || op.op() == Operator.SUB)
                && op.args().get(0) instanceof Expr.Ref ref && ref.var() == assign.var()
                && op.args().get(1) instanceof Expr.Const one && one.value() == 1) {
            return new UnaryExpr(new NameExpr(namer.nameOf(assign.var())), op.op() == Operator.ADD
                    ? UnaryExpr.Operator.POSTFIX_INCREMENT : UnaryExpr.Operator.POSTFIX_DECREMENT);
        }
        return null;
    }

    /**
     * {@code while (c) B}, {@code for (; c; update) B}, or, when the condition needs statements first,
     * {@code while (true) { header; if (!c) break; B; update }}.
     */
    private Statement loop(Stmt.While loop) {
        boolean simpleUpdate = loop.update().stream().allMatch(s -> s instanceof Stmt.Assign
                || s instanceof Stmt.Accumulate || s instanceof Stmt.Store || s instanceof Stmt.Push);
        if (loop.header().isEmpty() && loop.update().isEmpty()) {
            return new WhileStmt(printer.print(loop.condition()), block(loop.body()));
        }
        if (loop.header().isEmpty() && simpleUpdate) {
            NodeList<Expression> update = new NodeList<>();
            loop.update().forEach(s -> update.add(expression(s)));
            return new ForStmt(new NodeList<>(), printer.print(loop.condition()), update, block(loop.body()));
        }
        BlockStmt body = new BlockStmt();
        block(loop.header(), body);
        body.addStatement(new IfStmt(negate(loop.condition()), new BlockStmt(new NodeList<>(new BreakStmt())),
                null));
        block(loop.body(), body);
        block(loop.update(), body);
        return new WhileStmt(new BooleanLiteralExpr(true), body);
    }

    private Expression negate(Expr condition) {
        if (condition instanceof Expr.Op op && op.op() == Operator.NOT) {
            return printer.print(op.args().get(0));
        }
        Expression printed = printer.print(condition);
        boolean primary = condition instanceof Expr.Ref || condition instanceof Expr.Pop;
        return new UnaryExpr(primary ? printed : new EnclosedExpr(printed), UnaryExpr.Operator.LOGICAL_COMPLEMENT);
    }

    private Statement ret(Stmt.Return ret) {
        NodeList<Expression> values = new NodeList<>();
        ret.values().forEach(value -> values.add(printer.print(value)));
        if (function.returnsTangents()) {
            return new ReturnStmt(new ObjectCreationExpr(null,
                    new ClassOrInterfaceType(null, function.result().javaName()), values));
        }
        return new ReturnStmt(values.get(0));
    }

    private ExpressionStmt declaration(Var var, Expression value) {
        return new ExpressionStmt(new VariableDeclarationExpr(new VariableDeclarator(type(var.type()),
                namer.nameOf(var), value)));
    }

    static com.github.javaparser.ast.type.Type type(Type type) {
        return switch (type) {
            case DOUBLE -> PrimitiveType.doubleType();
            case INT -> PrimitiveType.intType();
            case LONG -> PrimitiveType.longType();
            case BOOLEAN -> PrimitiveType.booleanType();
            case DOUBLE_ARRAY -> new ArrayType(PrimitiveType.doubleType());
            case DOUBLE_MATRIX -> new ArrayType(new ArrayType(PrimitiveType.doubleType()));
            case DOUBLE_TENSOR -> new ArrayType(new ArrayType(new ArrayType(PrimitiveType.doubleType())));
            default -> new ClassOrInterfaceType(null, type.javaName());
        };
    }
}
