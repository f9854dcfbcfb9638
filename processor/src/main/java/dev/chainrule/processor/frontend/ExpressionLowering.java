package dev.chainrule.processor.frontend;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.ArrayAccessExpr;
import com.github.javaparser.ast.expr.ArrayCreationExpr;
import com.github.javaparser.ast.expr.ArrayInitializerExpr;
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
import com.github.javaparser.ast.expr.SwitchExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.SwitchEntry;
import dev.chainrule.processor.diagnostics.Diagnostic;
import dev.chainrule.processor.diagnostics.Problem;
import dev.chainrule.processor.ir.Callee;
import dev.chainrule.processor.ir.Expr;
import dev.chainrule.processor.ir.Operator;
import dev.chainrule.rules.Primitive;
import dev.chainrule.processor.ir.Stmt;
import dev.chainrule.processor.ir.Type;
import dev.chainrule.processor.ir.Var;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Lowers Java expressions to IR expressions. In an active context (the value of a {@code double} assignment) it
 * emits three-address code: every operation but the outermost gets a temporary, so each can carry a derivative.
 * Passive contexts (conditions, indices, integers) keep expression trees: nothing is differentiated there.
 */
final class ExpressionLowering {
    /** Stands in for an expression that was reported, so the walk can go on and find further problems. */
    private static final Expr REPORTED = Expr.Const.of(0);

    private final Scope scope;
    private final Block block;
    private final List<Problem> problems;
    private final StaticImports imports;
    private final List<ZeroDerivativeSite> zeroSites;
    private final Callees callees;
    private final Fields fields;
    /** The locals bound to the static array fields the method reads, by {@code owner.name}. */
    private final java.util.Map<String, Var> fieldArrays = new java.util.LinkedHashMap<>();
    private final List<Stmt> fieldBindings = new ArrayList<>();

    ExpressionLowering(Scope scope, Block block, List<Problem> problems, StaticImports imports,
            List<ZeroDerivativeSite> zeroSites, Callees callees, Fields fields) {
        this.scope = scope;
        this.block = block;
        this.problems = problems;
        this.imports = imports;
        this.zeroSites = zeroSites;
        this.callees = callees;
        this.fields = fields;
    }

    /** A call of a user's method at a node, to be checked for arguments whose derivative it would drop. */
    record CallSite(Node node, Expr.Call call) {
    }

    private final List<CallSite> callSites = new ArrayList<>();

    List<CallSite> callSites() {
        return callSites;
    }

    /** A piecewise-constant operation ({@code floor}, a cast to int) met at a node, to be checked for activity. */
    record ZeroDerivativeSite(Node node, Expr argument, String what) {
    }

    /** Lowers {@code expression} in an active context, leaving its outermost operation for the caller to assign. */
    Expr active(Expression expression) {
        return lower(expression, true);
    }

    /** Lowers {@code expression} in an active context to an atom: a constant, a variable or an element read. */
    Expr atom(Expression expression) {
        Expr value = active(expression);
        if (value instanceof Expr.Apply || (value instanceof Expr.Call && value.type() == Type.DOUBLE)) {
            Var temp = new Var("t", Var.Role.SYNTHETIC, Type.DOUBLE);
            block.add(new Stmt.Assign(temp, value));
            return new Expr.Ref(temp);
        }
        return value;
    }

    /** Lowers {@code expression} as a passive tree. */
    Expr passive(Expression expression) {
        return lower(expression, false);
    }

    /** Lowers a condition, which must be boolean. */
    Expr condition(Expression expression) {
        Expr condition = passive(expression);
        if (condition.type() != Type.BOOLEAN && condition != REPORTED) {
            report(expression, Diagnostic.UNSUPPORTED_CONSTRUCT, Describe.node(expression), "a condition is boolean");
        }
        return condition;
    }

    private Expr lower(Expression expression, boolean active) {
        if (expression instanceof EnclosedExpr enclosed) {
            return lower(enclosed.getInner(), active);
        }
        if (expression instanceof DoubleLiteralExpr literal) {
            return doubleLiteral(literal);
        }
        if (expression instanceof IntegerLiteralExpr literal) {
            // 2147483648 (legal only under a unary minus) comes as a Long: its int is the MIN_VALUE the minus keeps.
            return Expr.Const.ofInt((int) literal.asNumber().longValue());
        }
        if (expression instanceof LongLiteralExpr literal) {
            return Expr.Const.ofLong(literal.asNumber().longValue());
        }
        if (expression instanceof BooleanLiteralExpr literal) {
            return Expr.Const.ofBoolean(literal.getValue());
        }
        if (expression instanceof NameExpr name) {
            return name(name);
        }
        if (expression instanceof FieldAccessExpr field) {
            return field(field);
        }
        if (expression instanceof ArrayAccessExpr access) {
            return element(access);
        }
        if (expression instanceof MethodCallExpr call) {
            return call(call, active);
        }
        if (expression instanceof BinaryExpr binary) {
            return binary(binary, active);
        }
        if (expression instanceof UnaryExpr unary) {
            return unary(unary, active);
        }
        if (expression instanceof CastExpr cast) {
            return cast(cast, active);
        }
        if (expression instanceof ConditionalExpr conditional) {
            return conditional(conditional);
        }
        if (expression instanceof SwitchExpr switchExpr) {
            return switchExpression(switchExpr);
        }
        if (expression instanceof ArrayCreationExpr creation) {
            return arrayCreation(creation);
        }
        if (expression instanceof ArrayInitializerExpr initializer) {
            return arrayInitializer(initializer);
        }
        return unsupported(expression, "expressions of this kind are not supported");
    }

    /** An operand of a differentiable primitive: an atom in an active context, a tree in a passive one. */
    private Expr operand(Expression expression, boolean active) {
        return active ? atom(expression) : passive(expression);
    }

    private Expr doubleLiteral(DoubleLiteralExpr literal) {
        String text = literal.getValue();
        if (text.endsWith("f") || text.endsWith("F")) {
            report(literal, Diagnostic.UNSUPPORTED_TYPE, "literal " + text, "float");
            return REPORTED;
        }
        return Expr.Const.of(literal.asDouble());
    }

    private Expr name(NameExpr name) {
        String member = name.getNameAsString();
        Optional<Var> var = scope.lookup(member);
        if (var.isPresent()) {
            return new Expr.Ref(var.get());
        }
        Optional<Expr.Element> row = scope.row(member);
        if (row.isPresent()) {
            return row.get();
        }
        String owner = imports.owner(member, false);
        Optional<Double> constant = MathLibrary.constant(member);
        if (owner != null && constant.isPresent()) {
            return Expr.Const.named(constant.get(), owner + "." + member);
        }
        Optional<Expr> field = instanceField(member).or(() -> fields.resolve(null, member).map(this::fieldValue));
        if (field.isPresent()) {
            return field.get();
        }
        report(name, Diagnostic.UNKNOWN_NAME, member);
        return REPORTED;
    }

    private Expr field(FieldAccessExpr field) {
        String owner = field.getScope().toString();
        Optional<Double> constant = MathLibrary.constant(field.getNameAsString());
        if (MathLibrary.isMathClass(owner) && constant.isPresent()) {
            String shortOwner = MathLibrary.STRICT_MATH_CLASSES.contains(owner) ? "StrictMath" : "Math";
            return Expr.Const.named(constant.get(), shortOwner + "." + field.getNameAsString());
        }
        Expression target = field.getScope();
        if (target instanceof com.github.javaparser.ast.expr.ThisExpr) {
            return instanceField(field.getNameAsString()).orElseGet(() -> unsupported(field,
                    "only non-private instance fields of type double, int, long or boolean can be read"));
        }
        boolean ofValue = target instanceof ArrayAccessExpr
                || target instanceof NameExpr n && (scope.lookup(n.getNameAsString()).isPresent()
                        || scope.row(n.getNameAsString()).isPresent() || isArrayField(null, n.getNameAsString()))
                || target instanceof FieldAccessExpr f && isArrayField(f.getScope().toString(), f.getNameAsString());
        if (ofValue) {
            Expr array = passive(target);
            if (field.getNameAsString().equals("length") && array.type().isArray()) {
                return new Expr.Length(array);
            }
            return unsupported(field, "only the length of an array can be read from a value");
        }
        return fields.resolve(owner, field.getNameAsString()).map(this::fieldValue).orElseGet(() -> unsupported(field,
                "only static, non-private fields of type double, int, long, boolean, double[] or double[][] can be "
                        + "read; pass other values in as parameters"));
    }

    private boolean isArrayField(String owner, String name) {
        return fields.resolve(owner, name).filter(f -> f.type().isArray()).isPresent();
    }

    /**
     * A static field read as a constant. An array field is read through one local bound to it at the method's start
     * (see {@link #fieldBindings}), so its elements and length are read like a constant array parameter's.
     */
    private Expr fieldValue(Expr.Field field) {
        if (!field.type().isArray()) {
            return field;
        }
        Var alias = fieldArrays.computeIfAbsent(field.owner() + "." + field.name(), key -> {
            Var local = new Var(field.name(), Var.Role.SYNTHETIC, field.type());
            fieldBindings.add(new Stmt.Assign(local, field));
            return local;
        });
        return new Expr.Ref(alias);
    }

    /** The assignments binding each static array field the method reads to its local, to run first. */
    List<Stmt> fieldBindings() {
        return List.copyOf(fieldBindings);
    }

    /** True for the local bound to a static array field. */
    boolean isFieldArray(Var var) {
        return fieldArrays.containsValue(var);
    }

    private Expr element(ArrayAccessExpr access) {
        Expr array = passive(access.getName());
        Expr index = passive(access.getIndex());
        if (array == REPORTED || index == REPORTED) {
            return REPORTED;
        }
        if (!array.type().isArray() || !(array instanceof Expr.Ref || array instanceof Expr.Element)) {
            return unsupported(access, "only elements of double[] and double[][] variables can be read");
        }
        if (index.type() != Type.INT) {
            return unsupported(access.getIndex(), "an index is an int");
        }
        return new Expr.Element(array, index);
    }

    private Expr call(MethodCallExpr call, boolean active) {
        String scopeText = call.getScope().map(Node::toString).orElse(null);
        String owner = scopeText != null ? scopeText : imports.owner(call.getNameAsString(), true);
        if (owner == null || !MathLibrary.isMathClass(owner)) {
            return userCall(call, scopeText, active);
        }
        String name = call.getNameAsString();
        Optional<Operator> piecewise = MathLibrary.piecewiseConstant(name);
        if (piecewise.isPresent() && call.getArguments().size() == 1) {
            Expr argument = passive(call.getArgument(0));
            Type type = name.equals("round") ? (argument.type() == Type.DOUBLE ? Type.LONG : Type.INT) : Type.DOUBLE;
            zeroSites.add(new ZeroDerivativeSite(call, argument, "`" + Describe.code(call) + "`"));
            return new Expr.Op(piecewise.get(), List.of(argument), type);
        }
        Optional<Double> scaling = MathLibrary.scaling(name);
        if (scaling.isPresent() && call.getArguments().size() == 1) {
            return Expr.Apply.of(Primitive.MUL, toDouble(operand(call.getArgument(0), active)),
                    Expr.Const.of(scaling.get()));
        }
        Optional<Primitive> primitive = MathLibrary.function(name);
        if (primitive.isEmpty() || call.getArguments().size() != primitive.get().arity()) {
            report(call, Diagnostic.UNSUPPORTED_CALL, "`" + Describe.code(call) + "`");
            return REPORTED;
        }
        List<Expr> args = new ArrayList<>();
        for (Expression argument : call.getArguments()) {
            args.add(operand(argument, active));
        }
        if (MathLibrary.INTEGER_OVERLOADS.contains(primitive.get()) && args.stream().allMatch(a -> a.type().isIntegral())) {
            Type type = args.stream().anyMatch(a -> a.type() == Type.LONG) ? Type.LONG : Type.INT;
            Operator op = Operator.valueOf(primitive.get().name());
            return Folding.integral(op, args, type).map(c -> (Expr) c).orElseGet(() -> new Expr.Op(op, args, type));
        }
        return new Expr.Apply(primitive.get(), args.stream().map(ExpressionLowering::toDouble).toList(),
                MathLibrary.STRICT_MATH_CLASSES.contains(owner));
    }

    /** A call of a method the user wrote: a stop-gradient, or a callee the processor can differentiate. */
    private Expr userCall(MethodCallExpr call, String scopeText, boolean active) {
        String name = call.getNameAsString();
        if (name.equals("stop") && call.getArguments().size() == 1
                && ("StopGradient".equals(scopeText) || "dev.chainrule.StopGradient".equals(scopeText))) {
            return new Expr.Op(Operator.STOP, List.of(toDouble(passive(call.getArgument(0)))), Type.DOUBLE);
        }
        Optional<Callee> callee = callees.resolve(scopeText, name, call.getArguments().size());
        if (callee.isEmpty()) {
            report(call, Diagnostic.UNSUPPORTED_CALL, "`" + Describe.code(call) + "`");
            return REPORTED;
        }
        List<Expr> args = new ArrayList<>();
        for (int i = 0; i < call.getArguments().size(); i++) {
            Type type = callee.get().params().get(i);
            Expression argument = call.getArgument(i);
            // A derivative flows through every double argument, whatever the context of the call: an atom.
            Expr arg = type == Type.DOUBLE ? toDouble(atom(argument)) : passive(argument);
            boolean arrayOk = !type.isArray()
                    || (arg.type() == type && (arg instanceof Expr.Ref || arg instanceof Expr.Element));
            if (!arrayOk) {
                return unsupported(argument, "pass an array variable (or a row m[i]) as an array argument");
            }
            args.add(arg);
        }
        Expr.Call lowered = new Expr.Call(callee.get(), args);
        callSites.add(new CallSite(call, lowered));
        return lowered;
    }

    private Expr binary(BinaryExpr binary, boolean active) {
        BinaryExpr.Operator operator = binary.getOperator();
        switch (operator) {
            case AND, OR -> {
                return shortCircuit(binary, operator == BinaryExpr.Operator.AND);
            }
            case LESS, LESS_EQUALS, GREATER, GREATER_EQUALS, EQUALS, NOT_EQUALS -> {
                Expr left = passive(binary.getLeft());
                Expr right = passive(binary.getRight());
                Operator op = switch (operator) {
                    case LESS -> Operator.LT;
                    case LESS_EQUALS -> Operator.LE;
                    case GREATER -> Operator.GT;
                    case GREATER_EQUALS -> Operator.GE;
                    case EQUALS -> Operator.EQ;
                    default -> Operator.NE;
                };
                if (left.type().isArray() || right.type().isArray()) {
                    return unsupported(binary, "arrays cannot be compared");
                }
                return new Expr.Op(op, List.of(left, right), Type.BOOLEAN);
            }
            case PLUS, MINUS, MULTIPLY, DIVIDE, REMAINDER -> {
                return arithmetic(binary, active);
            }
            default -> {
                return unsupported(binary, "operator " + operator.asString() + " is not supported");
            }
        }
    }

    /**
     * {@code a && b} or {@code a || b}. When {@code b} lowers to statements of its own (a {@code ?:} or a call
     * assigning a temporary), they must run only where Java evaluates {@code b}: the result goes to a flag that
     * {@code a} sets and an if around {@code b}'s statements overwrites.
     */
    private Expr shortCircuit(BinaryExpr binary, boolean and) {
        Expr left = condition(binary.getLeft());
        Block.Collected<Expr> right = block.collect(() -> condition(binary.getRight()));
        if (right.statements().isEmpty()) {
            return new Expr.Op(and ? Operator.AND : Operator.OR, List.of(left, right.value()), Type.BOOLEAN);
        }
        Var flag = new Var("c", Var.Role.SYNTHETIC, Type.BOOLEAN);
        block.add(new Stmt.Assign(flag, left));
        List<Stmt> evaluated = new ArrayList<>(right.statements());
        evaluated.add(new Stmt.Assign(flag, right.value()));
        Expr evaluatesRight = and ? new Expr.Ref(flag) : new Expr.Op(Operator.NOT, List.of(new Expr.Ref(flag)),
                Type.BOOLEAN);
        block.add(new Stmt.If(evaluatesRight, evaluated, List.of()));
        return new Expr.Ref(flag);
    }

    private Expr arithmetic(BinaryExpr binary, boolean active) {
        Expr left = operand(binary.getLeft(), active);
        Expr right = operand(binary.getRight(), active);
        if (left == REPORTED || right == REPORTED) {
            return REPORTED;
        }
        if (!isNumber(left.type()) || !isNumber(right.type())) {
            return unsupported(binary, "arithmetic needs numbers");
        }
        Operator op = switch (binary.getOperator()) {
            case PLUS -> Operator.ADD;
            case MINUS -> Operator.SUB;
            case MULTIPLY -> Operator.MUL;
            case DIVIDE -> Operator.DIV;
            default -> Operator.REM;
        };
        if (left.type().isIntegral() && right.type().isIntegral()) {
            Type type = left.type() == Type.LONG || right.type() == Type.LONG ? Type.LONG : Type.INT;
            List<Expr> args = List.of(left, right);
            if ((op == Operator.DIV || op == Operator.REM) && right instanceof Expr.Const c && c.integer() == 0) {
                return unsupported(binary, "division by zero");
            }
            return Folding.integral(op, args, type).map(c -> (Expr) c).orElseGet(() -> new Expr.Op(op, args, type));
        }
        return Expr.Apply.of(Primitive.valueOf(op.name()), toDouble(left), toDouble(right));
    }

    private Expr unary(UnaryExpr unary, boolean active) {
        switch (unary.getOperator()) {
            case PLUS:
                return lower(unary.getExpression(), active);
            case MINUS: {
                Expr operand = operand(unary.getExpression(), active);
                if (operand instanceof Expr.Const c && c.symbol() == null && isNumber(c.type())) {
                    return Folding.negate(c);
                }
                if (operand.type().isIntegral()) {
                    return new Expr.Op(Operator.NEG, List.of(operand), operand.type());
                }
                if (operand.type() != Type.DOUBLE) {
                    return unsupported(unary, "unary minus needs a number");
                }
                return Expr.Apply.of(Primitive.NEG, operand);
            }
            case LOGICAL_COMPLEMENT:
                return new Expr.Op(Operator.NOT, List.of(condition(unary.getExpression())), Type.BOOLEAN);
            default:
                return unsupported(unary, "operator " + unary.getOperator().asString() + " is not supported here; "
                        + "increment in a statement of its own");
        }
    }

    private Expr cast(CastExpr cast, boolean active) {
        Optional<Type> target = Types.of(cast.getType());
        if (target.isEmpty() || target.get().isArray() || target.get() == Type.BOOLEAN) {
            return unsupported(cast, "only casts to double, int and long are supported");
        }
        Expr operand = lower(cast.getExpression(), target.get() == Type.DOUBLE && active);
        if (target.get() == Type.DOUBLE) {
            return toDouble(operand);
        }
        if (operand instanceof Expr.Const c) {
            return Folding.cast(c, target.get());
        }
        if (operand.type() == Type.DOUBLE) {
            zeroSites.add(new ZeroDerivativeSite(cast, operand, "the cast `" + Describe.code(cast) + "`"));
        }
        return new Expr.Op(target.get() == Type.INT ? Operator.TO_INT : Operator.TO_LONG, List.of(operand),
                target.get());
    }

    /** {@code c ? a : b} becomes an if statement assigning a temporary, so each branch keeps its derivative. */
    private Expr conditional(ConditionalExpr conditional) {
        Expr condition = condition(conditional.getCondition());
        Block.Collected<Expr> then = block.collect(() -> active(conditional.getThenExpr()));
        Block.Collected<Expr> otherwise = block.collect(() -> active(conditional.getElseExpr()));
        Type type = then.value().type() == Type.DOUBLE || otherwise.value().type() == Type.DOUBLE
                ? Type.DOUBLE
                : then.value().type();
        Var temp = new Var("t", Var.Role.SYNTHETIC, type);
        List<Stmt> thenBody = new ArrayList<>(then.statements());
        thenBody.add(new Stmt.Assign(temp, convert(then.value(), type)));
        List<Stmt> elseBody = new ArrayList<>(otherwise.statements());
        elseBody.add(new Stmt.Assign(temp, convert(otherwise.value(), type)));
        block.add(new Stmt.If(condition, thenBody, elseBody));
        return new Expr.Ref(temp);
    }

    /**
     * {@code switch (k) { case 0 -> a; case 1, 2 -> b; default -> c; }} as an if/else chain assigning a temporary, as
     * {@code ?:} is; the selector is read once. Cases that compute their value in a block ({@code yield}) are
     * reported.
     */
    private Expr switchExpression(SwitchExpr switchExpr) {
        Optional<Expr> read = selector(switchExpr.getSelector(), switchExpr);
        if (read.isEmpty()) {
            return REPORTED;
        }
        Expr selector = read.get();
        List<List<Expr>> labels = new ArrayList<>();
        List<Block.Collected<Expr>> values = new ArrayList<>();
        for (SwitchEntry entry : switchExpr.getEntries()) {
            if (entry.getType() != SwitchEntry.Type.EXPRESSION) {
                return unsupported(entry, "a case of a switch expression must be case ... -> value;");
            }
            labels.add(entry.getLabels().stream().map(this::passive).toList());
            Expression value = ((ExpressionStmt) entry.getStatements().get(0)).getExpression();
            values.add(block.collect(() -> active(value)));
        }
        Type type = values.stream().anyMatch(v -> v.value().type() == Type.DOUBLE) ? Type.DOUBLE
                : values.get(0).value().type();
        Var temp = new Var("t", Var.Role.SYNTHETIC, type);
        List<List<Stmt>> bodies = new ArrayList<>();
        for (Block.Collected<Expr> value : values) {
            List<Stmt> body = new ArrayList<>(value.statements());
            body.add(new Stmt.Assign(temp, convert(value.value(), type)));
            bodies.add(body);
        }
        // javac makes a switch expression on an integer have a default: it is the last else, wherever it is written.
        List<Stmt> chain = bodies.get(labels.indexOf(List.of()));
        for (int i = values.size() - 1; i >= 0; i--) {
            if (!labels.get(i).isEmpty()) {
                chain = List.of(new Stmt.If(SwitchCases.matches(selector, labels.get(i)), bodies.get(i), chain));
            }
        }
        chain.forEach(block::add);
        return new Expr.Ref(temp);
    }

    private Expr arrayCreation(ArrayCreationExpr creation) {
        if (!creation.getElementType().isPrimitiveType()
                || creation.getElementType().asPrimitiveType().getType()
                        != com.github.javaparser.ast.type.PrimitiveType.Primitive.DOUBLE) {
            return unsupported(creation, "only double arrays are supported");
        }
        if (creation.getInitializer().isPresent()) {
            return arrayInitializer(creation.getInitializer().get());
        }
        List<Expr> dimensions = new ArrayList<>();
        for (var level : creation.getLevels()) {
            if (level.getDimension().isEmpty()) {
                return unsupported(creation, "every dimension of a new array needs a length");
            }
            dimensions.add(passive(level.getDimension().get()));
        }
        if (dimensions.size() > 2) {
            return unsupported(creation, "arrays of more than two dimensions are not supported");
        }
        return new Expr.NewArray(dimensions.size() == 1 ? Type.DOUBLE_ARRAY : Type.DOUBLE_MATRIX, dimensions);
    }

    /** {@code {a, b, c}}: a new array and one store per element. */
    private Expr arrayInitializer(ArrayInitializerExpr initializer) {
        Var array = new Var("t", Var.Role.SYNTHETIC, Type.DOUBLE_ARRAY);
        initializeInto(initializer, array);
        return new Expr.Ref(array);
    }

    /** Lowers {@code {a, b, c}} into {@code array = new double[3]} and one store per element. */
    void initializeInto(ArrayInitializerExpr initializer, Var array) {
        block.add(new Stmt.Assign(array, new Expr.NewArray(Type.DOUBLE_ARRAY,
                List.of(Expr.Const.ofInt(initializer.getValues().size())))));
        for (int i = 0; i < initializer.getValues().size(); i++) {
            Expression value = initializer.getValues().get(i);
            if (value instanceof ArrayInitializerExpr) {
                unsupported(value, "nested array initializers are not supported; allocate with new double[r][c]");
                return;
            }
            Expr element = toDouble(atom(value));
            block.add(new Stmt.Store(new Expr.Element(new Expr.Ref(array), Expr.Const.ofInt(i)), element));
        }
    }

    /**
     * Lowers {@code source.clone()} of a {@code double[]} into {@code array = new double[source.length]} and a loop
     * copying the elements: a new array, as {@code clone} makes, whose elements' derivatives are the source's. A
     * {@code double[][]}'s clone copies only the row references, so its rows would stay shared: that is reported.
     */
    void copyInto(Expression source, Var array) {
        Expr original = passive(source);
        if (original == REPORTED) {
            return;
        }
        if (original.type() != Type.DOUBLE_ARRAY) {
            unsupported(source, "only a double[] can be cloned: the clone of a double[][] shares its rows with the "
                    + "original; allocate new double[r][c] and copy the elements in a loop");
            return;
        }
        original = readOnce(original, "values");
        block.add(new Stmt.Assign(array, new Expr.NewArray(Type.DOUBLE_ARRAY, List.of(new Expr.Length(original)))));
        Var index = new Var("i", Var.Role.SYNTHETIC, Type.INT);
        Expr i = new Expr.Ref(index);
        block.add(new Stmt.Assign(index, Expr.Const.ofInt(0)));
        block.add(new Stmt.While(List.of(), new Expr.Op(Operator.LT, List.of(i, new Expr.Length(original)),
                Type.BOOLEAN), List.of(new Stmt.Store(new Expr.Element(new Expr.Ref(array), i),
                        new Expr.Element(original, i))),
                List.of(new Stmt.Assign(index, new Expr.Op(Operator.ADD, List.of(i, Expr.Const.ofInt(1)), Type.INT)))));
    }

    /**
     * A switch's selector, read once; empty, reported on {@code node}, when it is not an integer (the only selectors
     * the if/else chain compares with {@code ==}).
     */
    Optional<Expr> selector(Expression selector, Node node) {
        Expr value = passive(selector);
        if (!value.type().isIntegral()) {
            unsupported(node, "only a switch on an int or long is supported");
            return Optional.empty();
        }
        return Optional.of(readOnce(value, "selector"));
    }

    /**
     * {@code value} where it is a variable or an element, else a local {@code hint} assigned it first: code that
     * reads it more than once (a call's result, a computed selector) evaluates it once, as Java does.
     */
    Expr readOnce(Expr value, String hint) {
        if (value instanceof Expr.Ref || value instanceof Expr.Element) {
            return value;
        }
        Var local = new Var(hint, Var.Role.SYNTHETIC, value.type());
        block.add(new Stmt.Assign(local, value));
        return new Expr.Ref(local);
    }

    /** The array {@code a} of {@code a.clone()}, if that is what the expression is. */
    static Optional<Expression> clonedArray(Expression expression) {
        return expression instanceof MethodCallExpr call && call.getNameAsString().equals("clone")
                && call.getArguments().isEmpty() ? call.getScope() : Optional.empty();
    }

    /** The initializer of {@code {a, b}} or {@code new double[] {a, b}}, if that is what the expression is. */
    static Optional<ArrayInitializerExpr> initializerOf(Expression expression) {
        if (expression instanceof ArrayInitializerExpr initializer) {
            return Optional.of(initializer);
        }
        if (expression instanceof ArrayCreationExpr creation) {
            return creation.getInitializer();
        }
        return Optional.empty();
    }

    /** {@code self.name} for a field of the receiver, when the method is an instance method. */
    private Optional<Expr> instanceField(String name) {
        Optional<Var> receiver = scope.lookup(RECEIVER);
        return receiver.flatMap(self -> fields.instanceField(name).map(type -> new Expr.InstanceField(self, name,
                type)));
    }

    /** The scope entry of an instance method's receiver: a name no Java variable can have. */
    static final String RECEIVER = "this";

    /** Java's widening of an integer operand where a double is expected. */
    static Expr toDouble(Expr expr) {
        if (!expr.type().isIntegral()) {
            return expr;
        }
        if (expr instanceof Expr.Const c) {
            return Folding.cast(c, Type.DOUBLE);
        }
        return new Expr.Op(Operator.TO_DOUBLE, List.of(expr), Type.DOUBLE);
    }

    /** {@code expr} as a value of {@code type}, widening integers to double where Java would. */
    static Expr convert(Expr expr, Type type) {
        return type == Type.DOUBLE ? toDouble(expr) : expr;
    }

    private static boolean isNumber(Type type) {
        return type == Type.DOUBLE || type.isIntegral();
    }

    private Expr unsupported(Node node, String why) {
        report(node, Diagnostic.UNSUPPORTED_CONSTRUCT, Describe.node(node), why);
        return REPORTED;
    }

    private void report(Node node, Diagnostic diagnostic, Object... args) {
        problems.add(Problem.at(node, diagnostic, args));
    }
}
