package dev.chainrule.processor.docs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A Markdown page of the repository, read as its level-two sections and the fenced code blocks in them. */
final class MarkdownPage {
    /** The repository root, seen from the processor module, where the tests run. */
    private static final Path ROOT = Path.of("..");

    private final String text;

    private MarkdownPage(String text) {
        this.text = text;
    }

    /**
     * Reads a page.
     *
     * @param path the page's path from the repository root, e.g. {@code docs/diagnostics.md}
     */
    static MarkdownPage read(String path) {
        try {
            return new MarkdownPage(Files.readString(ROOT.resolve(path), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text under each {@code ## } heading, up to the next one, by heading. */
    Map<String, MarkdownPage> sections() {
        Map<String, MarkdownPage> sections = new LinkedHashMap<>();
        String heading = null;
        StringBuilder body = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            if (line.startsWith("## ")) {
                if (heading != null) {
                    sections.put(heading, new MarkdownPage(body.toString()));
                }
                heading = line.substring(3).strip();
                body.setLength(0);
            } else if (heading != null) {
                body.append(line).append('\n');
            }
        }
        if (heading != null) {
            sections.put(heading, new MarkdownPage(body.toString()));
        }
        return sections;
    }

    /** The contents of the fenced blocks opened with {@code ```language}, in order, each ending in a newline. */
    List<String> blocks(String language) {
        List<String> blocks = new ArrayList<>();
        StringBuilder block = null;
        for (String line : text.split("\n", -1)) {
            if (block == null && line.equals("```" + language)) {
                block = new StringBuilder();
            } else if (block != null && line.equals("```")) {
                blocks.add(block.toString());
                block = null;
            } else if (block != null) {
                block.append(line).append('\n');
            }
        }
        return blocks;
    }

    /** The first fenced block in {@code language}, if there is one. */
    Optional<String> block(String language) {
        return blocks(language).stream().findFirst();
    }

    String text() {
        return text;
    }
}
