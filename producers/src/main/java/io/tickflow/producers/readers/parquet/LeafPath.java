package io.tickflow.producers.readers.parquet;

import java.util.ArrayList;
import java.util.List;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.schema.Type;

/**
 * The nodes from a top-level field down to its single leaf (just the field when it is a primitive; {@code conditions},
 * {@code list}, {@code element} for a 3-level LIST), with the definition level at which each node exists.
 *
 * @param depth         nodes on the path, leaf included
 * @param definitions   per node, the definition level from which it is present (Dremel: its optional and repeated
 *                      ancestors, itself included)
 * @param repeatedDepth the repeated node's position, where a list's second and later entries start; -1 if none
 */
record LeafPath(int depth, int[] definitions, int repeatedDepth) {

    /** Why {@code field} has no single leaf under at most one repeated level, or null when it has. */
    static String unsupportedReason(Type field) {
        int repeated = 0;
        for (Type node = field; ; node = node.asGroupType().getType(0)) {
            repeated += node.isRepetition(Type.Repetition.REPEATED) ? 1 : 0;
            if (repeated > 1) {
                return "field " + field.getName() + " nests more than one repeated level";
            }
            if (node.isPrimitive()) {
                return null;
            }
            if (node.asGroupType().getFieldCount() != 1) {
                return "field " + field.getName() + " holds a group of " + node.asGroupType().getFieldCount() + " fields";
            }
        }
    }

    /** The path of a field that passed {@link #unsupportedReason}. */
    static LeafPath of(Type field) {
        List<Integer> levels = new ArrayList<>();
        int definition = 0;
        int repeatedDepth = -1;
        for (Type node = field; ; node = node.asGroupType().getType(0)) {
            if (!node.isRepetition(Type.Repetition.REQUIRED)) {
                definition++;
            }
            if (node.isRepetition(Type.Repetition.REPEATED)) {
                repeatedDepth = levels.size();
            }
            levels.add(definition);
            if (node.isPrimitive()) {
                return new LeafPath(levels.size(), levels.stream().mapToInt(Integer::intValue).toArray(), repeatedDepth);
            }
        }
    }

    /**
     * Adds the leaf's entries of the current row to {@code row}'s field {@code field}, creating the groups on the way
     * as far as each entry's definition level says they exist: an entry of definition 1 under an optional LIST is an
     * empty list, one of definition 2 a null element. A later entry of the row (repetition level 1) opens a new
     * element at the repeated node.
     */
    void addTo(Group row, int field, LeafCursor leaf) {
        Group[] open = new Group[depth];
        for (int k = 0; k < leaf.entries(); k++) {
            int definition = leaf.definitionAt(k);
            for (int j = k == 0 ? 0 : repeatedDepth; j < depth && definition >= definitions[j]; j++) {
                Group parent = j == 0 ? row : open[j - 1];
                int index = j == 0 ? field : 0;
                if (j == depth - 1) {
                    leaf.addValueTo(parent, index, k);
                } else {
                    open[j] = parent.addGroup(index);
                }
            }
        }
    }
}
