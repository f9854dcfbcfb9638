package dev.chainrule.processor.frontend;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.ArrayAccessExpr;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.SimpleName;
import com.github.javaparser.ast.expr.UnaryExpr;
import com.github.javaparser.ast.expr.VariableDeclarationExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.BreakStmt;
import com.github.javaparser.ast.stmt.ContinueStmt;
import com.github.javaparser.ast.stmt.DoStmt;
import com.github.javaparser.ast.stmt.EmptyStmt;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.ForEachStmt;
import com.github.javaparser.ast.stmt.ForStmt;
import com.github.javaparser.ast.stmt.IfStmt;
import com.github.javaparser.ast.stmt.LabeledStmt;
import com.github.javaparser.ast.stmt.ReturnStmt;
import com.github.javaparser.ast.stmt.Statement;
import com.github.javaparser.ast.stmt.SwitchStmt;
import com.github.javaparser.ast.stmt.WhileStmt;
import dev.chainrule.processor.diagnostics.Diagnostic;
import dev.chainrule.processor.diagnostics.Problem;
import dev.chainrule.processor.ir.Expr;
import dev.chainrule.processor.ir.Operator;
import dev.chainrule.processor.ir.Primal;
import dev.chainrule.rules.Primitive;
import dev.chainrule.processor.ir.Stmt;
import dev.chainrule.processor.ir.Type;
import dev.chainrule.processor.ir.Var;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Turns a JavaParser method into the IR. A whitelist: every statement and expression kind it does not handle is
 * reported as a {@link Problem} at that node, and the walk goes on so that one compile shows every problem.
 */
public final class FrontEnd {
    private final List<Problem> problems = new ArrayList<>();
    private final List<ExpressionLowering.ZeroDerivativeSite> zeroSites = new ArrayList<>();
    private final Block block = new Block();
    private final Scope scope = new Scope();
    private final LabeledExits exits = new LabeledExits();
    private final ExpressionLowering expressions;
    private Type resultType = Type.DOUBLE;
    /** How many branches and loops enclose the statement being lowered. */
    private int controlDepth;

    private FrontEnd(StaticImports imports, Callees callees, Fields fields) {
        this.expressions = new ExpressionLowering(scope, block, problems, imports, zeroSites, callees, fields);
    }

    /**
     * What the front end made of a method: the IR when {@code problems} has no error, and the piecewise-constant
     * operations met, which the caller warns about where their argument turns out to be active.
     */
    public record Result(Primal primal, List<Problem> problems, List<ZeroDerivative> zeroDerivatives,
            List<CallSite> calls) {
    }

    /** A call of a user's method at a node. */
    public record CallSite(Node node, Expr.Call call) {
    }

    /** A piecewise-constant operation at a node, and the argument whose activity decides the warning. */
    public record ZeroDerivative(Node node, Expr argument, String what) {
    }

    /**
     * Lowers {@code method}. {@code wrt} names the parameters to differentiate (already validated against the
     * method's signature by the caller); {@code methodsOfClass} are the names that shadow static imports.
     */
    public static Result lower(CompilationUnit unit, MethodDeclaration method, Set<String> wrt,
            Set<String> methodsOfClass, Callees callees, Fields fields) {
        FrontEnd frontEnd = new FrontEnd(new StaticImports(unit, methodsOfClass), callees, fields);
        return frontEnd.lowerMethod(method, wrt);
    }

    /** The name the receiver of an instance method takes in generated code: {@code self}, unless a parameter has it. */
    private static String receiverName(List<String> parameterNames) {
        String name = "self";
        for (int n = 2; parameterNames.contains(name); n++) {
            name = "self" + n;
        }
        return name;
    }

    private Result lowerMethod(MethodDeclaration method, Set<String> wrt) {
        List<Var> params = new ArrayList<>();
        List<Var> active = new ArrayList<>();
        if (!method.isStatic()) {
            Var receiver = new Var(receiverName(method.getParameters().stream()
                    .map(Parameter::getNameAsString).toList()), Var.Role.PARAMETER, Type.RECEIVER);
            params.add(receiver);
            scope.declare(ExpressionLowering.RECEIVER, receiver);
        }
        Optional<Type> result = Types.of(method.getType());
        if (result.isEmpty() || (result.get() != Type.DOUBLE && result.get() != Type.DOUBLE_ARRAY)) {
            report(method.getType(), Diagnostic.UNSUPPORTED_TYPE, "the result of " + method.getNameAsString(),
                    method.getType().asString());
        } else {
            resultType = result.get();
        }
        if (!method.getTypeParameters().isEmpty()) {
            report(method.getTypeParameters().get(0), Diagnostic.UNSUPPORTED_CONSTRUCT, "a type parameter",
                    "generic methods are not supported");
        }
        for (Parameter parameter : method.getParameters()) {
            String name = parameter.getNameAsString();
            Optional<Type> type = Types.of(parameter.getType());
            if (type.isEmpty() || parameter.isVarArgs()) {
                report(parameter, Diagnostic.UNSUPPORTED_TYPE, "parameter " + name,
                        parameter.getType().asString() + (parameter.isVarArgs() ? "..." : ""));
                continue;
            }
            Var var = new Var(name, Var.Role.PARAMETER, type.get());
            params.add(var);
            if (wrt.contains(name)) {
                active.add(var);
            }
            scope.declare(name, var);
            if (type.get() == Type.DOUBLE || type.get().isIntegral() || type.get() == Type.BOOLEAN) {
                copyIfAssigned(method, var);
            }
        }
        BlockStmt body = method.getBody().orElse(null);
        if (body == null) {
            report(method, Diagnostic.UNSUPPORTED_CONSTRUCT, "a method without a body", "there is nothing to "
                    + "differentiate");
            return new Result(null, problems, List.of(), List.of());
        }
        statements(body.getStatements());
        List<ZeroDerivative> zeros = zeroSites.stream()
                .map(site -> new ZeroDerivative(site.node(), site.argument(), site.what())).toList();
        boolean failed = problems.stream().anyMatch(p -> !p.diagnostic().isWarning());
        List<Stmt> statements = new ArrayList<>(expressions.fieldBindings());
        statements.addAll(block.statements());
        Primal primal = failed ? null
                : new Primal(method.getNameAsString(), params, active, resultType, statements);
        List<CallSite> calls = expressions.callSites().stream()
                .map(site -> new CallSite(site.node(), site.call())).toList();
        return new Result(primal, List.copyOf(problems), zeros, calls);
    }

    /**
     * A parameter the body assigns gets a local copy that takes its name, so parameters stay unchanged: the reverse
     * sweep can read them again, and their adjoints stay the caller's accumulators.
     */
    private void copyIfAssigned(MethodDeclaration method, Var parameter) {
        boolean assigned = method.findAll(AssignExpr.class).stream()
                .anyMatch(a -> a.getTarget() instanceof NameExpr n && n.getNameAsString().equals(parameter.hint()))
                || method.findAll(UnaryExpr.class).stream()
                .anyMatch(u -> isIncrement(u.getOperator()) && u.getExpression() instanceof NameExpr n
                        && n.getNameAsString().equals(parameter.hint()));
        if (assigned) {
            Var copy = new Var(parameter.hint(), Var.Role.SYNTHETIC, parameter.type());
            block.add(new Stmt.Assign(copy, new Expr.Ref(parameter)));
            scope.declare(parameter.hint(), copy);
        }
    }

    private void statements(List<Statement> statements) {
        for (Statement statement : statements) {
            statement(statement);
        }
    }

    private void statement(Statement statement) {
        if (statement instanceof ReturnStmt ret) {
            ret(ret);
        } else if (statement instanceof BlockStmt nested) {
            scope.enterBlock();
            statements(nested.getStatements());
            scope.exitBlock();
        } else if (statement instanceof ExpressionStmt expression) {
            expressionStatement(expression.getExpression());
        } else if (statement instanceof IfStmt ifStmt) {
            ifStatement(ifStmt);
        } else if (isLoop(statement)) {
            exits.enterLoop();
            loop(statement);
            exits.exitLoop().forEach(block::add);
        } else if (statement instanceof LabeledStmt labeled && isLoop(labeled.getStatement())) {
            String label = labeled.getLabel().asString();
            exits.label(label);
            List<Stmt> loop = block.collect(() -> statement(labeled.getStatement()));
            exits.unlabel(label).forEach(block::add);
            loop.forEach(block::add);
        } else if (statement instanceof SwitchStmt switchStmt) {
            switchStatement(switchStmt);
        } else if (statement instanceof BreakStmt breakStmt) {
            exit(breakStmt, breakStmt.getLabel().map(SimpleName::asString), false);
        } else if (statement instanceof ContinueStmt continueStmt) {
            exit(continueStmt, continueStmt.getLabel().map(SimpleName::asString), true);
        } else if (!(statement instanceof EmptyStmt)) {
            report(statement, Diagnostic.UNSUPPORTED_CONSTRUCT, Describe.node(statement),
                    "statements of this kind are not supported");
        }
    }

    private static boolean isLoop(Statement statement) {
        return statement instanceof ForStmt || statement instanceof ForEachStmt || statement instanceof WhileStmt
                || statement instanceof DoStmt;
    }

    private void loop(Statement statement) {
        if (statement instanceof ForStmt forStmt) {
            forStatement(forStmt);
        } else if (statement instanceof ForEachStmt forEach) {
            forEachStatement(forEach);
        } else if (statement instanceof WhileStmt whileStmt) {
            Block.Collected<Expr> condition = block.collect(() -> expressions.condition(whileStmt.getCondition()));
            List<Stmt> body = nested(whileStmt.getBody());
            block.add(new Stmt.While(condition.statements(), condition.value(), body, List.of()));
        } else {
            doStatement((DoStmt) statement);
        }
    }

    /** {@code break} or {@code continue}, of the innermost loop or of a labelled one ({@link LabeledExits}). */
    private void exit(Statement statement, Optional<String> label, boolean isContinue) {
        if (label.isEmpty()) {
            block.add(isContinue ? new Stmt.Continue() : new Stmt.Break());
        } else if (exits.knows(label.get())) {
            exits.exit(label.get(), isContinue).forEach(block::add);
        } else {
            report(statement, Diagnostic.UNSUPPORTED_CONSTRUCT, Describe.node(statement),
                    "a label must name an enclosing loop");
        }
    }

    private void ret(ReturnStmt ret) {
        Expression value = ret.getExpression().orElseThrow();
        Expr result = resultType == Type.DOUBLE
                ? ExpressionLowering.toDouble(expressions.atom(value))
                : arrayValue(value);
        block.add(new Stmt.Return(List.of(result)));
    }

    /** An array-valued expression as a variable: a parameter, a local, or a fresh array. */
    private Expr arrayValue(Expression value) {
        Expr array = expressions.passive(value);
        if (array instanceof Expr.NewArray allocation) {
            Var temp = new Var("t", Var.Role.SYNTHETIC, allocation.type());
            block.add(new Stmt.Assign(temp, allocation));
            return new Expr.Ref(temp);
        }
        if (array instanceof Expr.Call) {
            Var temp = new Var("t", Var.Role.SYNTHETIC, Type.DOUBLE_ARRAY);
            block.add(new Stmt.Assign(temp, array));
            return new Expr.Ref(temp);
        }
        if (!(array instanceof Expr.Ref ref) || array.type() != Type.DOUBLE_ARRAY
                || ref.var().role() == Var.Role.PARAMETER) {
            report(value, Diagnostic.UNSUPPORTED_CONSTRUCT, Describe.node(value),
                    "return a local double[] variable or a new double[] (not a parameter: the result is a new array)");
        }
        return array;
    }

    private void ifStatement(IfStmt ifStmt) {
        Expr condition = expressions.condition(ifStmt.getCondition());
        List<Stmt> then = nested(ifStmt.getThenStmt());
        List<Stmt> otherwise = ifStmt.getElseStmt().map(this::nested).orElse(List.of());
        block.add(new Stmt.If(condition, then, otherwise));
    }

    /**
     * A {@code switch} on an integer is an if/else chain over its case groups ({@link SwitchCases}), the selector read
     * once: {@code if (s == 1 || s == 2) {...} else if (s == 3) {...} else {default}}.
     */
    private void switchStatement(SwitchStmt switchStmt) {
        SwitchCases cases = SwitchCases.of(switchStmt);
        if (cases.problem().isPresent()) {
            report(cases.problem().get(), Diagnostic.UNSUPPORTED_CONSTRUCT, Describe.node(cases.problem().get()),
                    "a case must end with break, return or continue (no fall-through, no break from inside a branch)");
            return;
        }
        Optional<Expr> read = expressions.selector(switchStmt.getSelector(), switchStmt.getSelector());
        if (read.isEmpty()) {
            return;
        }
        Expr selector = read.get();
        List<Stmt> chain = cases.otherwise().map(group -> nested(group.body())).orElse(List.of());
        for (int i = cases.cases().size() - 1; i >= 0; i--) {
            SwitchCases.Group group = cases.cases().get(i);
            Expr condition = SwitchCases.matches(selector, group.labels().stream().map(expressions::passive).toList());
            chain = List.of(new Stmt.If(condition, nested(group.body()), chain));
        }
        chain.forEach(block::add);
    }

    private void forStatement(ForStmt forStmt) {
        scope.enterBlock();
        for (Expression init : forStmt.getInitialization()) {
            expressionStatement(init);
        }
        Block.Collected<Expr> condition = block.collect(() -> forStmt.getCompare()
                .map(expressions::condition).orElse(Expr.Const.ofBoolean(true)));
        List<Stmt> body = nested(forStmt.getBody());
        controlDepth++;
        List<Stmt> update = block.collect(() -> forStmt.getUpdate().forEach(this::expressionStatement));
        controlDepth--;
        block.add(new Stmt.While(condition.statements(), condition.value(), body, update));
        scope.exitBlock();
    }

    /** {@code for (double v : x)} is {@code for (int i = 0; i < x.length; i++) { double v = x[i]; ... }}. */
    private void forEachStatement(ForEachStmt forEach) {
        Expr iterable = expressions.passive(forEach.getIterable());
        if (iterable.type() == Type.DOUBLE_ARRAY) {
            // The loop reads a called method's result through a local, as double[] values = g(x) would.
            iterable = expressions.readOnce(iterable, "values");
        }
        VariableDeclarator declarator = forEach.getVariable().getVariables().get(0);
        // for (var v : x) declares what x holds: a double over a double[], a row over a double[][].
        Optional<Type> type = !declarator.getType().isVarType() ? Types.of(declarator.getType())
                : Optional.of(iterable.type() == Type.DOUBLE_MATRIX ? Type.DOUBLE_ARRAY : Type.DOUBLE);
        boolean rows = iterable.type() == Type.DOUBLE_MATRIX && type.orElse(null) == Type.DOUBLE_ARRAY
                && (iterable instanceof Expr.Ref || iterable instanceof Expr.Element);
        if (!rows && (iterable.type() != Type.DOUBLE_ARRAY || type.isEmpty() || type.get() != Type.DOUBLE)) {
            report(forEach, Diagnostic.UNSUPPORTED_CONSTRUCT, Describe.node(forEach),
                    "only for (double v : array) over a double[] and for (double[] row : m) over a double[][] "
                            + "(or var) are supported");
            return;
        }
        scope.enterBlock();
        Var index = new Var("i", Var.Role.SYNTHETIC, Type.INT);
        block.add(new Stmt.Assign(index, Expr.Const.ofInt(0)));
        List<Stmt> body = new ArrayList<>();
        if (rows) {
            // The row variable reads m[i] itself: element reads and writes go to the matrix, as in Java.
            scope.declareRow(declarator.getNameAsString(), new Expr.Element(iterable, new Expr.Ref(index)));
        } else {
            Var element = new Var(declarator.getNameAsString(), Var.Role.USER_LOCAL, Type.DOUBLE);
            scope.declare(element.hint(), element);
            body.add(new Stmt.Assign(element, new Expr.Element(iterable, new Expr.Ref(index))));
        }
        body.addAll(nested(forEach.getBody()));
        Expr condition = new Expr.Op(Operator.LT, List.of(new Expr.Ref(index), new Expr.Length(iterable)), Type.BOOLEAN);
        List<Stmt> update = List.of(new Stmt.Assign(index, increment(new Expr.Ref(index), Type.INT, true)));
        block.add(new Stmt.While(List.of(), condition, body, update));
        scope.exitBlock();
    }

    /** {@code do B while (c)} is {@code go = true; while (go) { B; go = c; }}, with {@code go = c} where continue goes. */
    private void doStatement(DoStmt doStmt) {
        Var go = new Var("again", Var.Role.SYNTHETIC, Type.BOOLEAN);
        block.add(new Stmt.Assign(go, Expr.Const.ofBoolean(true)));
        List<Stmt> body = nested(doStmt.getBody());
        List<Stmt> update = block.collect(() -> block.add(new Stmt.Assign(go,
                expressions.condition(doStmt.getCondition()))));
        block.add(new Stmt.While(List.of(), new Expr.Ref(go), body, update));
    }

    private List<Stmt> nested(Statement statement) {
        return block.collect(() -> {
            scope.enterBlock();
            controlDepth++;
            statement(statement);
            controlDepth--;
            scope.exitBlock();
        });
    }

    private void expressionStatement(Expression expression) {
        if (expression instanceof VariableDeclarationExpr declaration) {
            for (VariableDeclarator declarator : declaration.getVariables()) {
                declare(declarator);
            }
        } else if (expression instanceof AssignExpr assign) {
            assign(assign);
        } else if (expression instanceof UnaryExpr unary && isIncrement(unary.getOperator())) {
            increment(unary);
        } else {
            report(expression, Diagnostic.UNSUPPORTED_CONSTRUCT, Describe.node(expression),
                    "a statement must declare, assign, or increment a variable");
        }
    }

    private void declare(VariableDeclarator declarator) {
        String name = declarator.getNameAsString();
        Optional<Type> declared = declarator.getType().isVarType() ? Optional.empty() : Types.of(declarator.getType());
        if (!declarator.getType().isVarType() && declared.isEmpty()) {
            report(declarator.getType(), Diagnostic.UNSUPPORTED_TYPE, "local " + name,
                    declarator.getType().asString());
            return;
        }
        Optional<Expression> initializer = declarator.getInitializer();
        if (declared.isEmpty() && initializer.isEmpty()) {
            return;
        }
        Optional<com.github.javaparser.ast.expr.ArrayInitializerExpr> elements =
                initializer.flatMap(ExpressionLowering::initializerOf);
        if (elements.isPresent() && declared.orElse(null) == Type.DOUBLE_ARRAY) {
            Var var = new Var(name, Var.Role.USER_LOCAL, Type.DOUBLE_ARRAY);
            expressions.initializeInto(elements.get(), var);
            scope.declare(name, var);
            return;
        }
        Optional<Expression> cloned = initializer.flatMap(ExpressionLowering::clonedArray);
        if (cloned.isPresent() && declared.map(Type::isArray).orElse(true)) {
            Var var = new Var(name, Var.Role.USER_LOCAL, Type.DOUBLE_ARRAY);
            expressions.copyInto(cloned.get(), var);
            scope.declare(name, var);
            return;
        }
        Expr value = initializer.map(init -> valueFor(declared.orElse(null), init)).orElse(null);
        Type type = declared.orElseGet(() -> value.type());
        Var var = new Var(name, Var.Role.USER_LOCAL, type);
        if (value != null) {
            assignTo(declarator, var, value);
        }
        scope.declare(name, var);
    }

    /** Lowers the value assigned to a variable of {@code type} (null when inferred with {@code var}). */
    private Expr valueFor(Type type, Expression value) {
        if (type == null || type == Type.DOUBLE) {
            Expr lowered = expressions.active(value);
            return type == Type.DOUBLE ? ExpressionLowering.toDouble(lowered) : lowered;
        }
        return expressions.passive(value);
    }

    private void assignTo(Node node, Var var, Expr value) {
        if (var.type().isArray()) {
            if (!(value instanceof Expr.NewArray) && !(value instanceof Expr.Call)) {
                report(node, Diagnostic.UNSUPPORTED_CONSTRUCT, Describe.node(node),
                        "an array variable must be given a new array (aliasing arrays is not supported)");
                return;
            }
        } else if (value.type() != var.type() && !(var.type() == Type.DOUBLE && value.type().isIntegral())
                && !(var.type() == Type.LONG && value.type() == Type.INT)) {
            report(node, Diagnostic.UNSUPPORTED_TYPE, "the value assigned to " + var.hint(), value.type().javaName());
            return;
        }
        Expr converted = ExpressionLowering.convert(value, var.type());
        boolean callReadsTarget = converted instanceof Expr.Call call && call.args().contains(new Expr.Ref(var));
        if (callReadsTarget || converted instanceof Expr.Apply apply && apply.args().contains(new Expr.Ref(var))
                && !isInPlaceSafe(apply.op())) {
            // A partial of this primitive needs the result or the old value: compute into a temporary first.
            Var temp = new Var("t", Var.Role.SYNTHETIC, var.type());
            block.add(new Stmt.Assign(temp, converted));
            converted = new Expr.Ref(temp);
        }
        block.add(new Stmt.Assign(var, converted));
    }

    /** The primitives whose partials read neither the result nor an operand that the assignment overwrites. */
    private static boolean isInPlaceSafe(Primitive op) {
        return op == Primitive.ADD || op == Primitive.SUB || op == Primitive.MUL;
    }

    private void assign(AssignExpr assign) {
        Primitive op = switch (assign.getOperator()) {
            case ASSIGN -> null;
            case PLUS -> Primitive.ADD;
            case MINUS -> Primitive.SUB;
            case MULTIPLY -> Primitive.MUL;
            case DIVIDE -> Primitive.DIV;
            case REMAINDER -> Primitive.REM;
            default -> {
                report(assign, Diagnostic.UNSUPPORTED_CONSTRUCT, "operator " + assign.getOperator().asString(),
                        "it is not supported");
                yield null;
            }
        };
        if (op == null && assign.getOperator() != AssignExpr.Operator.ASSIGN) {
            return;
        }
        Expression target = assign.getTarget();
        if (target instanceof NameExpr name) {
            assignName(assign, name, op);
        } else if (target instanceof ArrayAccessExpr access) {
            assignElement(assign, access, op);
        } else {
            report(target, Diagnostic.UNSUPPORTED_CONSTRUCT, Describe.node(target),
                    "only local variables, parameters and array elements can be assigned");
        }
    }

    private void assignName(AssignExpr assign, NameExpr name, Primitive op) {
        Optional<Var> found = scope.lookup(name.getNameAsString());
        if (found.isEmpty() && scope.row(name.getNameAsString()).isPresent()) {
            report(name, Diagnostic.UNSUPPORTED_CONSTRUCT, Describe.node(assign),
                    "the variable of a for over a matrix stands for its row and cannot be given another array");
            return;
        }
        if (found.isEmpty()) {
            report(name, Diagnostic.UNKNOWN_NAME, name.getNameAsString());
            return;
        }
        Var var = found.get();
        if (var.type().isArray()) {
            Optional<com.github.javaparser.ast.expr.ArrayInitializerExpr> elements =
                    ExpressionLowering.initializerOf(assign.getValue());
            Optional<Expression> cloned = ExpressionLowering.clonedArray(assign.getValue());
            boolean local = op == null && var.role() != Var.Role.PARAMETER && var.type() == Type.DOUBLE_ARRAY;
            if (local && elements.isPresent()) {
                expressions.initializeInto(elements.get(), var);
            } else if (local && cloned.isPresent()) {
                expressions.copyInto(cloned.get(), var);
            } else if (op == null && var.role() != Var.Role.PARAMETER) {
                assignTo(assign, var, expressions.passive(assign.getValue()));
            } else {
                report(assign, Diagnostic.UNSUPPORTED_CONSTRUCT, Describe.node(assign),
                        "array parameters cannot be reassigned");
            }
            return;
        }
        if (op == null) {
            Expr value = valueFor(var.type(), assign.getValue());
            assignTo(assign, version(name.getNameAsString(), var), value);
            return;
        }
        if (var.type() == Type.DOUBLE) {
            Expr operand = ExpressionLowering.toDouble(expressions.atom(assign.getValue()));
            assignTo(assign, version(name.getNameAsString(), var), Expr.Apply.of(op, new Expr.Ref(var), operand));
        } else if (var.type().isIntegral()) {
            Expr operand = expressions.passive(assign.getValue());
            if (!operand.type().isIntegral()) {
                report(assign, Diagnostic.UNSUPPORTED_CONSTRUCT, Describe.node(assign),
                        "compound assignment of a double into an integer truncates; cast explicitly");
                return;
            }
            block.add(new Stmt.Assign(var, new Expr.Op(Operator.valueOf(op.name()), List.of(new Expr.Ref(var),
                    operand), var.type())));
        } else {
            report(assign, Diagnostic.UNSUPPORTED_CONSTRUCT, Describe.node(assign), "not a number");
        }
    }

    /**
     * The variable a reassignment writes. Outside branches and loops it is a new version (single assignment, as a
     * person would name {@code s2}), so straight-line code needs no tape; inside them the variable is updated.
     */
    private Var version(String name, Var current) {
        if (controlDepth > 0 || current.role() == Var.Role.PARAMETER) {
            return current;
        }
        Var next = new Var(name, Var.Role.SYNTHETIC, current.type());
        scope.rebind(name, next);
        return next;
    }

    private void assignElement(AssignExpr assign, ArrayAccessExpr access, Primitive op) {
        Expr target = expressions.passive(access);
        if (!(target instanceof Expr.Element element) || element.type() != Type.DOUBLE) {
            report(access, Diagnostic.UNSUPPORTED_CONSTRUCT, Describe.node(access),
                    "only double elements can be assigned (rows of a double[][] cannot be replaced)");
            return;
        }
        Var root = element.root();
        if (root.role() == Var.Role.PARAMETER) {
            report(assign, Diagnostic.WRITE_TO_INPUT, "`" + Describe.code(assign) + "`", root.hint());
            return;
        }
        if (expressions.isFieldArray(root)) {
            report(assign, Diagnostic.WRITE_TO_FIELD, "`" + Describe.code(assign) + "`", root.hint());
            return;
        }
        Expr value = ExpressionLowering.toDouble(expressions.atom(assign.getValue()));
        if (op != null) {
            Var temp = new Var("t", Var.Role.SYNTHETIC, Type.DOUBLE);
            block.add(new Stmt.Assign(temp, Expr.Apply.of(op, element, value)));
            value = new Expr.Ref(temp);
        }
        block.add(new Stmt.Store(element, value));
    }

    private void increment(UnaryExpr unary) {
        boolean up = unary.getOperator() == UnaryExpr.Operator.PREFIX_INCREMENT
                || unary.getOperator() == UnaryExpr.Operator.POSTFIX_INCREMENT;
        Expression target = unary.getExpression();
        if (target instanceof NameExpr name) {
            Optional<Var> var = scope.lookup(name.getNameAsString());
            if (var.isEmpty()) {
                report(name, Diagnostic.UNKNOWN_NAME, name.getNameAsString());
            } else if (var.get().type() == Type.DOUBLE || var.get().type().isIntegral()) {
                Expr value = increment(new Expr.Ref(var.get()), var.get().type(), up);
                block.add(new Stmt.Assign(version(name.getNameAsString(), var.get()), value));
            } else {
                report(unary, Diagnostic.UNSUPPORTED_CONSTRUCT, Describe.node(unary), "only numbers can be incremented");
            }
        } else if (target instanceof ArrayAccessExpr access) {
            Expr element = expressions.passive(access);
            if (element instanceof Expr.Element e && e.type() == Type.DOUBLE && e.root().role() != Var.Role.PARAMETER) {
                Var temp = new Var("t", Var.Role.SYNTHETIC, Type.DOUBLE);
                block.add(new Stmt.Assign(temp, increment(e, Type.DOUBLE, up)));
                block.add(new Stmt.Store(e, new Expr.Ref(temp)));
            } else {
                report(unary, Diagnostic.UNSUPPORTED_CONSTRUCT, Describe.node(unary),
                        "only double elements of local arrays can be incremented");
            }
        } else {
            report(unary, Diagnostic.UNSUPPORTED_CONSTRUCT, Describe.node(unary),
                    "only variables and array elements can be incremented");
        }
    }

    private static Expr increment(Expr value, Type type, boolean up) {
        if (type == Type.DOUBLE) {
            return Expr.Apply.of(up ? Primitive.ADD : Primitive.SUB, value, Expr.Const.of(1));
        }
        return new Expr.Op(up ? Operator.ADD : Operator.SUB, List.of(value, Expr.Const.integral(type, 1)), type);
    }

    private static boolean isIncrement(UnaryExpr.Operator operator) {
        return operator == UnaryExpr.Operator.PREFIX_INCREMENT || operator == UnaryExpr.Operator.POSTFIX_INCREMENT
                || operator == UnaryExpr.Operator.PREFIX_DECREMENT || operator == UnaryExpr.Operator.POSTFIX_DECREMENT;
    }

    private void report(Node node, Diagnostic diagnostic, Object... args) {
        problems.add(Problem.at(node, diagnostic, args));
    }
}
