package dev.chainrule.processor.frontend;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.ImportDeclaration;
import java.util.HashSet;
import java.util.Set;

/**
 * The members of {@code Math} or {@code StrictMath} a compilation unit imports statically, so that {@code sin(x)}
 * after {@code import static java.lang.Math.*} is understood as {@code Math.sin(x)}. Method bodies are not
 * type-attributed during annotation processing, so this is read from the imports.
 */
final class StaticImports {
    private final boolean mathWildcard;
    private final boolean strictWildcard;
    private final Set<String> mathMembers = new HashSet<>();
    private final Set<String> strictMembers = new HashSet<>();
    private final Set<String> shadowing;

    StaticImports(CompilationUnit unit, Set<String> methodsOfEnclosingClass) {
        boolean math = false;
        boolean strict = false;
        for (ImportDeclaration declaration : unit.getImports()) {
            if (!declaration.isStatic()) {
                continue;
            }
            String name = declaration.getNameAsString();
            if (declaration.isAsterisk()) {
                math |= name.equals("java.lang.Math");
                strict |= name.equals("java.lang.StrictMath");
            } else if (name.startsWith("java.lang.Math.")) {
                mathMembers.add(name.substring("java.lang.Math.".length()));
            } else if (name.startsWith("java.lang.StrictMath.")) {
                strictMembers.add(name.substring("java.lang.StrictMath.".length()));
            }
        }
        this.mathWildcard = math;
        this.strictWildcard = strict;
        this.shadowing = methodsOfEnclosingClass;
    }

    /** The class an unqualified member resolves to: "Math", "StrictMath", or null when it is not imported. */
    String owner(String member, boolean isMethod) {
        if (isMethod && shadowing.contains(member)) {
            return null;
        }
        if (mathMembers.contains(member) || mathWildcard) {
            return "Math";
        }
        if (strictMembers.contains(member) || strictWildcard) {
            return "StrictMath";
        }
        return null;
    }
}
