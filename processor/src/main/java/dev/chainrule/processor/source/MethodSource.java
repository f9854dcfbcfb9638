package dev.chainrule.processor.source;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.body.MethodDeclaration;

/** A method's parsed declaration, the unit it sits in, and where to point diagnostics about its code. */
public record MethodSource(CompilationUnit unit, MethodDeclaration declaration, SourcePositions positions) {
}
