package io.importexport.emulator.protocol.xml;

import io.importexport.emulator.protocol.xml.ListJobsResult.JobElement;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;

/**
 * The {@code <member>} elements of ListJobs pages as JAXB writes them, each written once and then copied. A member
 * changes only when its job is canceled, and a client lists the same jobs again and again; writing a page of 100
 * members through JAXB took 40-46 µs in JMH, about two thirds of what the framework's ceiling spends on a whole
 * request. Kept up to {@value #KEPT_BYTES} bytes (a member takes about 130: a few pages' worth), then all dropped
 * at once and written anew as they are listed (KeptRenderings). The members a page lists that are not kept are
 * written by JAXB in one page of their own and cut from it, so their bytes are what JAXB writes in a page
 * (XmlEnvelopesPropertiesTest compares whole pages both ways).
 */
final class RenderedMembers {
    static final int KEPT_BYTES = 512 * 1024;
    private static final byte[] MEMBER_END = WrittenXml.ascii("</" + ListJobsResult.MEMBER + ">");

    private static final KeptRenderings<JobElement> RECENT = new KeptRenderings<>(KEPT_BYTES);

    private RenderedMembers() {
    }

    /** The page's members, in its order, each as JAXB writes it; those not kept are written in one page of them. */
    static List<byte[]> of(List<JobElement> members) {
        byte[][] rendered = new byte[members.size()][];
        List<JobElement> unseen = new ArrayList<>();
        for (int index = 0; index < rendered.length; index++) {
            rendered[index] = RECENT.get(members.get(index));
            if (rendered[index] == null) {
                unseen.add(members.get(index));
            }
        }
        if (!unseen.isEmpty()) {
            Iterator<byte[]> written = render(unseen).iterator();
            for (int index = 0; index < rendered.length; index++) {
                if (rendered[index] == null) {
                    rendered[index] = written.next();
                    RECENT.put(members.get(index), rendered[index]);
                }
            }
        }
        return Arrays.asList(rendered);
    }

    /** What JAXB writes for these members, each cut from a page of them alone. */
    private static List<byte[]> render(List<JobElement> members) {
        Object page = QueryResponse.of("ListJobs", new ListJobsResult(members, false), "");
        return cut(XmlEnvelopes.toBytesWhole(page), members.size());
    }

    /**
     * The {@code count} members of a page as written: between {@code <Jobs>} and {@code </Jobs>}, one after each
     * {@code </member>}. Any other number is refused, never copied as another page's members.
     */
    static List<byte[]> cut(byte[] page, int count) {
        WrittenXml.Content jobs = WrittenXml.content(page, ListJobsResult.JOBS);
        List<byte[]> written = new ArrayList<>(count);
        for (int from = jobs.from(); from < jobs.to(); ) {
            int memberEnd = WrittenXml.indexOf(page, MEMBER_END, from);
            if (memberEnd < 0 || memberEnd >= jobs.to()) {
                break;
            }
            int to = memberEnd + MEMBER_END.length;
            written.add(Arrays.copyOfRange(page, from, to));
            from = to;
        }
        if (written.size() != count) {
            throw new IllegalStateException(written.size() + " members cut from a ListJobs page of " + count);
        }
        return written;
    }
}
