package vn.civicsquiz.teacher.format.gift;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a GIFT file into items the way Moodle does: items are separated by blank lines, every line is trimmed,
 * and lines starting with {@code //} are comments that neither end an item nor belong to it.
 */
final class GiftBlocks {

    record SourceLine(int number, String text) {
    }

    private GiftBlocks() {
    }

    static List<List<SourceLine>> split(String file) {
        String text = file.startsWith("\uFEFF") ? file.substring(1) : file;
        String[] lines = text.split("\r\n|\r|\n", -1);
        List<List<SourceLine>> blocks = new ArrayList<>();
        List<SourceLine> current = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            String line = Gift.trim(lines[i]);
            if (line.isEmpty()) {
                close(blocks, current);
                current = new ArrayList<>();
            } else if (!line.startsWith("//")) {
                current.add(new SourceLine(i + 1, line));
            }
        }
        close(blocks, current);
        return blocks;
    }

    private static void close(List<List<SourceLine>> blocks, List<SourceLine> block) {
        if (!block.isEmpty()) {
            blocks.add(block);
        }
    }
}
