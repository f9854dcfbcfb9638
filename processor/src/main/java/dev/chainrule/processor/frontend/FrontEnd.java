package dev.chainrule.processor.frontend;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import com.github.javaparser.ast.expr.VariableDeclarationExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.EmptyStmt;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.ReturnStmt;
import com.github.javaparser.ast.stmt.Statement;
import com.github.javaparser.ast.type.Type;
import dev.chainrule.processor.diagnostics.Diagnostic;
import dev.chainrule.processor.diagnostics.Problem;
import dev.chainrule.processor.ir.Expr;
import dev.chainrule.processor.ir.Primal;
import dev.chainrule.processor.ir.Primitive;
import dev.chainrule.processor.ir.Stmt;
import dev.chainrule.processor.ir.Var;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Turns a JavaParser method into the IR. A whitelist: every statement and expression kind it does not handle is
 * reported as a {@link Problem} at that node, and the walk goes on so that one compile shows every problem.
 */
public final class FrontEnd {
    private final List<Problem> problems = new ArrayList<>();
    private final List<Stmt> body = new ArrayList<>();
    private final Scope scope = new Scope();
    private final ExpressionLowering expressions;

    private FrontEnd(StaticImports imports) {
        this.expressions = new ExpressionLowering(scope, body, problems, imports);
    }

    /** What the front end made of a method: the IR when {@code problems} is empty. */
    public record Result(Primal primal, List<Problem> problems) {
    }

    /**
     * Lowers {@code method}. {@code wrt} names the parameters to differentiate (already validated against the
     * method's signature by the caller); {@code methodsOfClass} are the names that shadow static imports.
     */
    public static Result lower(CompilationUnit unit, MethodDeclaration method, Set<String> wrt,
            Set<String> methodsOfClass) {
        FrontEnd frontEnd = new FrontEnd(new StaticImports(unit, methodsOfClass));
        return frontEnd.lowerMethod(method, wrt);
    }

    private Result lowerMethod(MethodDeclaration method, Set<String> wrt) {
        List<Var> params = new ArrayList<>();
        List<Var> active = new ArrayList<>();
        requireDouble(method.getType(), "the result of " + method.getNameAsString());
        if (!method.getTypeParameters().isEmpty()) {
            report(method.getTypeParameters().get(0), Diagnostic.UNSUPPORTED_CONSTRUCT, "a type parameter",
                    "generic methods are not supported");
        }
        for (Parameter parameter : method.getParameters()) {
            if (parameter.isVarArgs()) {
                report(parameter, Diagnostic.UNSUPPORTED_TYPE, "parameter " + parameter.getNameAsString(),
                        parameter.getType() + "...");
            }
            requireDouble(parameter.getType(), "parameter " + parameter.getNameAsString());
            Var var = new Var(parameter.getNameAsString(), Var.Role.PARAMETER);
            params.add(var);
            if (wrt.contains(parameter.getNameAsString())) {
                active.add(var);
            }
            scope.declare(parameter.getNameAsString());
            scope.assign(parameter.getNameAsString(), var);
        }
        BlockStmt block = method.getBody().orElse(null);
        if (block == null) {
            report(method, Diagnostic.UNSUPPORTED_CONSTRUCT, "a method without a body", "there is nothing to "
                    + "differentiate");
            return new Result(null, problems);
        }
        boolean returned = statements(block.getStatements());
        if (!returned && problems.isEmpty()) {
            report(method, Diagnostic.UNSUPPORTED_CONSTRUCT, "the method body", "it must end in a return statement");
        }
        Primal primal = problems.isEmpty() ? new Primal(method.getNameAsString(), params, active, body) : null;
        return new Result(primal, List.copyOf(problems));
    }

    /** Lowers a list of statements; true once a return has been lowered (javac rejects anything after it). */
    private boolean statements(List<Statement> statements) {
        for (Statement statement : statements) {
            if (statement(statement)) {
                return true;
            }
        }
        return false;
    }

    private boolean statement(Statement statement) {
        if (statement instanceof ReturnStmt ret) {
            Expression value = ret.getExpression().orElseThrow();
            Operand result = expressions.atom(value);
            body.add(new Stmt.Return(List.of(result.expr())));
            return true;
        }
        if (statement instanceof BlockStmt block) {
            scope.enterBlock();
            boolean returned = statements(block.getStatements());
            scope.exitBlock();
            return returned;
        }
        if (statement instanceof ExpressionStmt expression) {
            expressionStatement(expression.getExpression());
        } else if (!(statement instanceof EmptyStmt)) {
            report(statement, Diagnostic.UNSUPPORTED_CONSTRUCT, Describe.node(statement),
                    "only declarations, assignments and return are supported yet (no control flow)");
        }
        return false;
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
                    "a statement must declare, assign or return a double");
        }
    }

    private void declare(VariableDeclarator declarator) {
        String name = declarator.getNameAsString();
        Type type = declarator.getType();
        boolean inferred = type.isVarType();
        if (!inferred) {
            requireDouble(type, "local " + name);
        }
        scope.declare(name);
        declarator.getInitializer().ifPresent(initializer -> {
            Operand value = expressions.value(initializer);
            if (inferred && value.isIntegral()) {
                report(declarator, Diagnostic.UNSUPPORTED_TYPE, "local " + name, value.type().name().toLowerCase(
                        java.util.Locale.ROOT));
            }
            Var var = new Var(name, Var.Role.USER_LOCAL);
            body.add(new Stmt.Let(var, value.expr()));
            scope.assign(name, var);
        });
    }

    private void assign(AssignExpr assign) {
        if (!(assign.getTarget() instanceof NameExpr target)) {
            report(assign.getTarget(), Diagnostic.UNSUPPORTED_CONSTRUCT, Describe.node(assign.getTarget()),
                    "only local variables and parameters can be assigned");
            return;
        }
        String name = target.getNameAsString();
        Primitive op = switch (assign.getOperator()) {
            case ASSIGN -> null;
            case PLUS -> Primitive.ADD;
            case MINUS -> Primitive.SUB;
            case MULTIPLY -> Primitive.MUL;
            case DIVIDE -> Primitive.DIV;
            default -> {
                report(assign, Diagnostic.UNSUPPORTED_CONSTRUCT, "operator " + assign.getOperator().asString(),
                        "it is not differentiable");
                yield null;
            }
        };
        if (op == null) {
            newVersion(target, name, expressions.value(assign.getValue()).expr());
        } else {
            Expr operand = expressions.atom(assign.getValue()).expr();
            expressions.current(target).ifPresent(old ->
                    newVersion(target, name, Expr.Apply.of(op, new Expr.Ref(old), operand)));
        }
    }

    private void increment(UnaryExpr unary) {
        if (!(unary.getExpression() instanceof NameExpr target)) {
            report(unary, Diagnostic.UNSUPPORTED_CONSTRUCT, Describe.node(unary),
                    "only local variables and parameters can be incremented");
            return;
        }
        boolean up = unary.getOperator() == UnaryExpr.Operator.PREFIX_INCREMENT
                || unary.getOperator() == UnaryExpr.Operator.POSTFIX_INCREMENT;
        expressions.current(target).ifPresent(old -> newVersion(target, target.getNameAsString(),
                Expr.Apply.of(up ? Primitive.ADD : Primitive.SUB, new Expr.Ref(old), Expr.Const.of(1))));
    }

    private void newVersion(NameExpr target, String name, Expr value) {
        if (!scope.isDeclared(name)) {
            report(target, Diagnostic.UNKNOWN_NAME, name);
            return;
        }
        Var version = new Var(name, Var.Role.SYNTHETIC);
        body.add(new Stmt.Let(version, value));
        scope.assign(name, version);
    }

    private static boolean isIncrement(UnaryExpr.Operator operator) {
        return operator == UnaryExpr.Operator.PREFIX_INCREMENT || operator == UnaryExpr.Operator.POSTFIX_INCREMENT
                || operator == UnaryExpr.Operator.PREFIX_DECREMENT || operator == UnaryExpr.Operator.POSTFIX_DECREMENT;
    }

    private void requireDouble(Type type, String what) {
        if (!type.isPrimitiveType() || type.asPrimitiveType().getType() != com.github.javaparser.ast.type.PrimitiveType
                .Primitive.DOUBLE) {
            report(type, Diagnostic.UNSUPPORTED_TYPE, what, type.asString());
        }
    }

    private void report(Node node, Diagnostic diagnostic, Object... args) {
        problems.add(Problem.at(node, diagnostic, args));
    }
}
