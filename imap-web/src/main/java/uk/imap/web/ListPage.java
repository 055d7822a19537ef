package uk.imap.web;

import java.io.Serializable;

/**
 * Where a list shown a page at a time stands, for a page's own Previous and Next buttons: the page asked for, kept
 * within what the list's total allows. Small enough for the view state; the rows themselves are never kept there.
 */
public final class ListPage implements Serializable {

    private static final long serialVersionUID = 1L;

    private final int size;
    private int index;

    public ListPage(int size) {
        if (size < 1) {
            throw new IllegalArgumentException("A page holds at least one row");
        }
        this.size = size;
    }

    /** The page asked for, counted from 0. */
    public int index() {
        return index;
    }

    /** How many rows of the list come before this page. */
    public int first() {
        return index * size;
    }

    public int size() {
        return size;
    }

    /**
     * Whether this page is within a list of this many rows; if the list shrank below it while the page was open
     * (rows answered or closed elsewhere), it becomes the list's last page and the answer is no: read it again.
     */
    public boolean within(long total) {
        int last = lastIndex(total);
        if (index <= last) {
            return true;
        }
        index = last;
        return false;
    }

    public void toFirst() {
        index = 0;
    }

    public void next(long total) {
        if (index < lastIndex(total)) {
            index++;
        }
    }

    public void previous() {
        index = Math.max(0, index - 1);
    }

    public boolean isFirst() {
        return index == 0;
    }

    public boolean isLast(long total) {
        return index >= lastIndex(total);
    }

    /** "60 enquiries, page 2 of 3": what the list holds and where this page stands in it. */
    public String position(long total, String one, String many) {
        return total + " " + (total == 1 ? one : many) + ", page " + (index + 1) + " of " + (lastIndex(total) + 1);
    }

    private int lastIndex(long total) {
        return (int) Math.max(0, (total - 1) / size);
    }
}
