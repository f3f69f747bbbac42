// The Java Lucene 4.10 side of `--java` (see JavaLucene.cs): builds the same index as IndexingBenchmarks' plain
// Lucene.Net baseline (id as a stored string; title and text analyzed with SmartChineseAnalyzer and stored; BM25;
// RAM buffer 64 MB), from a JSON-lines corpus already read into memory, on N threads, and prints one JSON line:
// {"threads":N,"documents":D,"input_mb":M,"index_seconds":S,"commit_seconds":C}.
// Usage: java -cp CLASSPATH JavaLuceneIndexing CORPUS.jsonl THREADS INDEX_FOLDER

import java.io.BufferedReader;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Version;

public final class JavaLuceneIndexing {
    public static void main(String[] args) throws Exception {
        if (args.length != 3) {
            System.err.println("usage: JavaLuceneIndexing CORPUS.jsonl THREADS INDEX_FOLDER");
            System.exit(2);
        }

        final List<String[]> documents = new ArrayList<>();
        long bytes = 0;
        try (BufferedReader reader = Files.newBufferedReader(Paths.get(args[0]), StandardCharsets.UTF_8)) {
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.trim().isEmpty()) {
                    continue;
                }

                String id = stringField(line, "id", number);
                String title = stringField(line, "title", number);
                String text = stringField(line, "text", number);
                if (id == null || text == null) {
                    continue;
                }

                title = title == null ? "" : title;
                documents.add(new String[] { id, title, text });
                bytes += title.getBytes(StandardCharsets.UTF_8).length + text.getBytes(StandardCharsets.UTF_8).length;
            }
        }

        final int threads = Integer.parseInt(args[1]);
        Analyzer analyzer = new SmartChineseAnalyzer(Version.LUCENE_4_10_4);
        analyzer.tokenStream("text", "预热词典").close();
        IndexWriterConfig config = new IndexWriterConfig(Version.LUCENE_4_10_4, analyzer);
        config.setOpenMode(IndexWriterConfig.OpenMode.CREATE);
        config.setRAMBufferSizeMB(64);
        config.setSimilarity(new BM25Similarity());
        final IndexWriter writer = new IndexWriter(FSDirectory.open(new File(args[2])), config);

        long start = System.nanoTime();
        final AtomicInteger next = new AtomicInteger();
        Thread[] workers = new Thread[threads];
        final Exception[] failure = new Exception[1];
        for (int t = 0; t < threads; t++) {
            workers[t] = new Thread(() -> {
                try {
                    int i;
                    while ((i = next.getAndIncrement()) < documents.size()) {
                        String[] d = documents.get(i);
                        Document document = new Document();
                        document.add(new StringField("id", d[0], Field.Store.YES));
                        document.add(new TextField("title", d[1], Field.Store.YES));
                        document.add(new TextField("text", d[2], Field.Store.YES));
                        writer.addDocument(document);
                    }
                } catch (Exception e) {
                    failure[0] = e;
                }
            });
            workers[t].start();
        }

        for (Thread worker : workers) {
            worker.join();
        }

        if (failure[0] != null) {
            throw failure[0];
        }

        long added = System.nanoTime();
        writer.commit();
        writer.close();
        long committed = System.nanoTime();
        System.out.printf(java.util.Locale.ROOT,
            "{\"threads\":%d,\"documents\":%d,\"input_mb\":%.3f,\"index_seconds\":%.3f,\"commit_seconds\":%.3f}%n",
            threads, documents.size(), bytes / 1e6, (added - start) / 1e9, (committed - added) / 1e9);
    }

    /// The value of a top-level string member of a flat JSON object, or null when it is absent or not a string.
    private static String stringField(String line, String name, int number) {
        String key = "\"" + name + "\"";
        int at = 0;
        while ((at = line.indexOf(key, at)) >= 0) {
            int colon = at + key.length();
            while (colon < line.length() && Character.isWhitespace(line.charAt(colon))) {
                colon++;
            }

            if (colon < line.length() && line.charAt(colon) == ':') {
                int value = colon + 1;
                while (value < line.length() && Character.isWhitespace(line.charAt(value))) {
                    value++;
                }

                return value < line.length() && line.charAt(value) == '"' ? unescape(line, value + 1, number) : null;
            }

            at = colon;
        }

        return null;
    }

    private static String unescape(String line, int from, int number) {
        StringBuilder value = new StringBuilder();
        for (int i = from; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                return value.toString();
            }

            if (c != '\\') {
                value.append(c);
                continue;
            }

            char escaped = line.charAt(++i);
            switch (escaped) {
                case 'n': value.append('\n'); break;
                case 't': value.append('\t'); break;
                case 'r': value.append('\r'); break;
                case 'b': value.append('\b'); break;
                case 'f': value.append('\f'); break;
                case 'u': value.append((char) Integer.parseInt(line.substring(i + 1, i + 5), 16)); i += 4; break;
                default: value.append(escaped); break;
            }
        }

        throw new IllegalArgumentException("line " + number + ": a string does not end");
    }
}
