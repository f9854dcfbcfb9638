package dev.chainrule.processor.source;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.ExecutableElement;

/**
 * Finds and parses the source of an annotated method. Annotation processing sees only signatures, so the body is read
 * from the compilation unit javac is compiling (through {@link Trees}) and parsed with JavaParser at the language
 * level of the compilation. Each unit is parsed once per processor instance.
 */
public final class SourceLocator {
    private final Trees trees;
    private final JavaParser parser;
    private final Map<CompilationUnitTree, CompilationUnit> parsed = new HashMap<>();

    private SourceLocator(Trees trees, JavaParser parser) {
        this.trees = trees;
        this.parser = parser;
    }

    /** A locator, or empty when the compiler is not javac (no {@link Trees}). */
    public static Optional<SourceLocator> create(ProcessingEnvironment environment) {
        Trees trees;
        try {
            trees = Trees.instance(environment);
        } catch (IllegalArgumentException notJavac) {
            return Optional.empty();
        }
        ParserConfiguration configuration = new ParserConfiguration()
                .setLanguageLevel(LanguageLevels.of(environment.getSourceVersion()));
        return Optional.of(new SourceLocator(trees, new JavaParser(configuration)));
    }

    /** The method's source, or empty when javac has no tree for it (a class read from a class file). */
    public Optional<MethodSource> locate(ExecutableElement method) {
        TreePath path = trees.getPath(method);
        if (path == null) {
            return Optional.empty();
        }
        CompilationUnitTree unitTree = path.getCompilationUnit();
        CharSequence text = text(unitTree);
        CompilationUnit unit = parsed.computeIfAbsent(unitTree, key -> parse(text));
        long start = trees.getSourcePositions().getStartPosition(unitTree, path.getLeaf());
        LineMap lines = LineMap.of(text);
        SourcePositions positions = new SourcePositions(trees, unitTree, path.getLeaf(), lines);
        return unit.findAll(MethodDeclaration.class).stream()
                .filter(declaration -> declaration.getNameAsString().contentEquals(method.getSimpleName()))
                .filter(declaration -> declaration.getBegin().map(b -> lines.offset(b) == start).orElse(false))
                .findFirst()
                .map(declaration -> new MethodSource(unit, declaration, positions));
    }

    private CompilationUnit parse(CharSequence text) {
        ParseResult<CompilationUnit> result = parser.parse(text.toString());
        return result.getResult().filter(unit -> result.isSuccessful()).orElseThrow(() ->
                new IllegalStateException("JavaParser could not parse the unit: " + result.getProblems()));
    }

    private static CharSequence text(CompilationUnitTree unit) {
        try {
            return unit.getSourceFile().getCharContent(true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
