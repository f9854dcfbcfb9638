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
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.util.Elements;
import javax.tools.JavaFileObject;

/**
 * Finds and parses the source of an annotated method. Annotation processing sees only signatures, so the body is read
 * from the compilation unit javac is compiling (through {@link Trees}) and parsed with JavaParser at the language
 * level of the compilation. Without javac's trees (another compiler), the JDK 18+ {@code Elements} API names the
 * file instead, and diagnostics then point at the method. Each unit is parsed once per processor instance.
 */
public final class SourceLocator {
    private final Trees trees;
    private final Elements elements;
    private final JavaParser parser;
    private final Map<Object, CompilationUnit> parsed = new HashMap<>();

    private SourceLocator(Trees trees, Elements elements, JavaParser parser) {
        this.trees = trees;
        this.elements = elements;
        this.parser = parser;
    }

    public static SourceLocator create(ProcessingEnvironment environment) {
        Trees trees;
        try {
            trees = Trees.instance(environment);
        } catch (IllegalArgumentException notJavac) {
            trees = null;
        }
        // javac reads Unicode escapes (backslash, u, four hex digits) anywhere in the source; JavaParser only when
        // asked to. Lines keep their numbers.
        ParserConfiguration configuration = new ParserConfiguration()
                .setLanguageLevel(LanguageLevels.of(environment.getSourceVersion()))
                .setPreprocessUnicodeEscapes(true);
        return new SourceLocator(trees, environment.getElementUtils(), new JavaParser(configuration));
    }

    /** The method's source, or empty when there is none (a class read from a class file). */
    public Optional<MethodSource> locate(ExecutableElement method) {
        TreePath path = trees == null ? null : trees.getPath(method);
        if (path == null) {
            return FileObjectOf.of(elements, method).flatMap(file -> locateByName(file, method));
        }
        CompilationUnitTree unitTree = path.getCompilationUnit();
        CharSequence text = text(unitTree.getSourceFile());
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

    /** The single-type imports of the unit declaring {@code type}, which calls in its methods may name. */
    public List<String> imports(javax.lang.model.element.TypeElement type) {
        TreePath path = trees == null ? null : trees.getPath(type);
        if (path == null) {
            return List.of();
        }
        return path.getCompilationUnit().getImports().stream()
                .filter(i -> !i.isStatic())
                .map(i -> i.getQualifiedIdentifier().toString())
                .toList();
    }

    private Optional<MethodSource> locateByName(JavaFileObject file, ExecutableElement method) {
        CharSequence text = text(file);
        CompilationUnit unit = parsed.computeIfAbsent(file.toUri(), key -> parse(text));
        List<String> parameters = method.getParameters().stream().map(p -> p.getSimpleName().toString()).toList();
        return unit.findAll(MethodDeclaration.class).stream()
                .filter(declaration -> declaration.getNameAsString().contentEquals(method.getSimpleName()))
                .filter(declaration -> declaration.getParameters().stream().map(p -> p.getNameAsString()).toList()
                        .equals(parameters))
                .findFirst()
                .map(declaration -> new MethodSource(unit, declaration, SourcePositions.atElements()));
    }

    private CompilationUnit parse(CharSequence text) {
        ParseResult<CompilationUnit> result = parser.parse(text.toString());
        return result.getResult().filter(unit -> result.isSuccessful()).orElseThrow(() ->
                new IllegalStateException("JavaParser could not parse the unit: " + result.getProblems()));
    }

    private static CharSequence text(JavaFileObject file) {
        try {
            return file.getCharContent(true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
