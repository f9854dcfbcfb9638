package dev.chainrule.processor.emit;

import com.github.javaparser.ast.Modifier;
import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.VariableDeclarationExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.ReturnStmt;
import com.github.javaparser.ast.stmt.Statement;
import com.github.javaparser.ast.type.ArrayType;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import com.github.javaparser.ast.type.PrimitiveType;
import com.github.javaparser.ast.type.Type;
import dev.chainrule.processor.ir.Expr;
import dev.chainrule.processor.ir.Function;
import dev.chainrule.processor.ir.Param;
import dev.chainrule.processor.ir.Primitive;
import dev.chainrule.processor.ir.Stmt;

/** Prints one IR function as a {@code public static} method. Names come from a {@link Namer}; nothing is decided here. */
final class MethodEmitter {
    private MethodEmitter() {
    }

    static MethodDeclaration emit(Function function) {
        Namer namer = Namer.of(function);
        ExpressionPrinter printer = new ExpressionPrinter(namer);
        Type returnType = function.result() == Function.Result.DUAL
                ? new ClassOrInterfaceType(null, "Dual")
                : PrimitiveType.doubleType();
        MethodDeclaration method = new MethodDeclaration(
                new NodeList<>(Modifier.publicModifier(), Modifier.staticModifier()), returnType, function.name());
        for (Param param : function.params()) {
            Type type = param.type() == Param.ParamType.DOUBLE
                    ? PrimitiveType.doubleType()
                    : new ArrayType(PrimitiveType.doubleType());
            method.addParameter(new Parameter(type, namer.nameOf(param.var())));
        }
        BlockStmt body = new BlockStmt();
        for (Stmt stmt : function.body()) {
            body.addStatement(statement(stmt, printer, namer, function.result()));
        }
        method.setBody(body);
        return method;
    }

    private static Statement statement(Stmt stmt, ExpressionPrinter printer, Namer namer, Function.Result result) {
        if (stmt instanceof Stmt.Let let) {
            return new ExpressionStmt(new VariableDeclarationExpr(new VariableDeclarator(PrimitiveType.doubleType(),
                    namer.nameOf(let.var()), printer.print(let.value()))));
        }
        if (stmt instanceof Stmt.Accumulate accumulate) {
            Expr value = accumulate.value();
            boolean negated = value instanceof Expr.Apply apply && apply.op() == Primitive.NEG;
            return new ExpressionStmt(new AssignExpr(printer.print(accumulate.target()),
                    printer.print(negated ? ((Expr.Apply) value).args().get(0) : value),
                    negated ? AssignExpr.Operator.MINUS : AssignExpr.Operator.PLUS));
        }
        Stmt.Return ret = (Stmt.Return) stmt;
        NodeList<Expression> values = new NodeList<>();
        ret.values().forEach(value -> values.add(printer.print(value)));
        if (result == Function.Result.DUAL) {
            return new ReturnStmt(new ObjectCreationExpr(null, new ClassOrInterfaceType(null, "Dual"), values));
        }
        return new ReturnStmt(values.get(0));
    }
}
