package vn.civicsquiz.classes;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.civicsquiz.content.text.TextNormaliser;
import vn.civicsquiz.learner.Account;
import vn.civicsquiz.learner.AccountException;
import vn.civicsquiz.learner.AccountService;
import vn.civicsquiz.learner.DisplayNames;
import vn.civicsquiz.learner.OneTimePasswords;
import vn.civicsquiz.platform.problem.Problem;
import vn.civicsquiz.platform.problem.ProblemException;
import vn.civicsquiz.platform.upload.UploadedText;
import vn.civicsquiz.platform.problem.Say;

/**
 * A class roster uploaded as a spreadsheet's CSV: one learner per row, a name column (and optionally a username
 * column), with or without a header row, ',' or ';' between cells, in the charsets Vietnamese editors write. Each new
 * name becomes a learner account with a one-time password, shown once, and joins the class; a name already among the
 * class's members is reported, not made twice, so the same file can be sent again. All or nothing.
 */
@ApplicationScoped
public class Rosters {

    /** Rows one file may hold: a class, not a school. */
    public static final int MAX_ROWS = 60;

    private static final Pattern NAME_HEADER = Pattern.compile(
            "ho va ten|ho ten|hoten|ten|ten hoc sinh|hoc sinh|name|full ?name|student");
    private static final Pattern USERNAME_HEADER = Pattern.compile("username|ten dang nhap|tai khoan|login");
    private static final Pattern NUMBER = Pattern.compile("\\d+\\.?");

    @Schema(name = "RosterAccount")
    public record Entry(@Schema(example = "2") int line, @Schema(example = "Nguyễn Văn An") String name,
                        @Schema(example = "annv") String username,
                        @Schema(description = "The one-time password, shown only in this answer; null for a name "
                                + "already in the class", example = "k7qm-x3tp-w9zr") String password,
                        long accountId) {
    }

    @Schema(name = "RosterUpload")
    public record Enrolment(long classId, @Schema(example = "UTF-8") String charset,
                            @Schema(description = "Accounts made now, with their one-time passwords") List<Entry> created,
                            @Schema(description = "Names already among the class's members: nothing changed")
                            List<Entry> alreadyMembers) {
    }

    private record Row(int line, String name, String username) {
    }

    private final ClassService classes;
    private final AccountService accounts;
    private final EntityManager em;

    public Rosters(ClassService classes, AccountService accounts, EntityManager em) {
        this.classes = classes;
        this.accounts = accounts;
        this.em = em;
    }

    @Transactional
    /** @param english refusals in English rather than Vietnamese */
    public Enrolment enrol(long classId, long teacherId, UploadedText.Decoded file, boolean english) {
        classes.owned(classId, teacherId);
        List<Row> rows = rows(file.text(), english);
        Map<String, Entry> members = members(classId);
        List<Problem.FieldError> errors = new ArrayList<>();
        List<Entry> created = new ArrayList<>();
        List<Entry> already = new ArrayList<>();
        Set<String> usedNow = new HashSet<>();
        for (Row row : rows) {
            String name;
            try {
                name = DisplayNames.require(row.name(), DisplayNames.Kind.DISPLAY_NAME);
            } catch (AccountException e) {
                int max = DisplayNames.Kind.DISPLAY_NAME.max;
                errors.add(new Problem.FieldError("file", new Say("tên này không đặt được cho tài khoản: 1 đến " + max
                        + " ký tự, chữ cái, chữ số, dấu cách và . ' - _", "the name is not one an account can take: 1 to "
                        + max + " characters, letters, digits, spaces and . ' - _").in(english), row.line()));
                continue;
            }
            Entry member = members.get(TextNormaliser.fold(name));
            if (member != null) {
                already.add(new Entry(row.line(), name, member.username(), null, member.accountId()));
                continue;
            }
            String username = row.username() != null ? row.username() : freeUsername(name, usedNow);
            usedNow.add(username.toLowerCase(java.util.Locale.ROOT));
            String password = OneTimePasswords.next();
            try {
                Account account = accounts.createWithOneTimePassword(username, name, password);
                em.flush();
                created.add(new Entry(row.line(), name, account.username, password, account.id));
            } catch (AccountException e) {
                Say problem = "taken".equals(e.reason())
                        ? new Say("tên đăng nhập " + username + " đã có người dùng; để trống ô tên đăng nhập để ứng "
                        + "dụng tự đặt", "the username " + username + " is taken; leave the username cell empty to have "
                        + "one made up")
                        : new Say("tên đăng nhập " + username + " không hợp lệ: 3 đến 64 chữ cái, chữ số, dấu chấm, "
                        + "gạch dưới hoặc gạch ngang", "the username " + username + " is not valid: 3 to 64 letters, "
                        + "digits, dots, underscores or hyphens");
                errors.add(new Problem.FieldError("file", problem.in(english), row.line()));
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.badRequest(new Say("Danh sách có " + errors.size() + " lỗi; chưa tạo tài khoản "
                    + "nào", "The roster has " + errors.size() + " problem" + (errors.size() == 1 ? "" : "s")
                    + "; no account was made").in(english), errors);
        }
        for (Entry entry : created) {
            em.createNativeQuery("INSERT INTO class_member (class_id, account_id) VALUES (?1, ?2) ON CONFLICT DO NOTHING")
                    .setParameter(1, classId).setParameter(2, entry.accountId()).executeUpdate();
        }
        return new Enrolment(classId, file.charset(), created, already);
    }

    /** The rows with a name, in order; the header, blank rows and a leading number column (STT) left out. */
    private static List<Row> rows(String text, boolean english) {
        String firstLine = text.lines().findFirst().orElse("");
        char separator = firstLine.indexOf(';') >= 0 && firstLine.indexOf(',') < 0 ? ';'
                : firstLine.indexOf('\t') >= 0 && firstLine.indexOf(',') < 0 ? '\t' : ',';
        List<String[]> cells = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        CsvMapper mapper = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY)
                .enable(CsvParser.Feature.SKIP_EMPTY_LINES).enable(CsvParser.Feature.TRIM_SPACES);
        try (MappingIterator<String[]> it = mapper.readerFor(String[].class)
                .with(CsvSchema.emptySchema().withColumnSeparator(separator)).readValues(text)) {
            while (it.hasNextValue()) {
                int line = it.getCurrentLocation().getLineNr();
                String[] row = it.nextValue();
                if (cells.size() > MAX_ROWS + 1) {
                    break; // a header and one row too many are enough to refuse the file
                }
                cells.add(row);
                lines.add(line);
            }
        } catch (IOException | RuntimeException e) {
            throw ProblemException.badRequest(new Say("Danh sách không phải CSV đọc được", "The roster is not CSV "
                    + "that can be read").in(english), List.of(new Problem.FieldError("file", new Say("mỗi dòng một "
                    + "học sinh, các ô cách nhau bởi ',' hoặc ';', dấu ngoặc kép đóng đủ", "one learner per row, cells "
                    + "between ',' or ';', quotes closed").in(english))));
        }
        int nameColumn = -1;
        int usernameColumn = -1;
        int first = 0;
        if (!cells.isEmpty()) {
            String[] header = cells.get(0);
            for (int i = 0; i < header.length; i++) {
                String key = TextNormaliser.searchKey(header[i]).strip();
                if (nameColumn < 0 && NAME_HEADER.matcher(key).matches()) {
                    nameColumn = i;
                } else if (usernameColumn < 0 && USERNAME_HEADER.matcher(key).matches()) {
                    usernameColumn = i;
                }
            }
            if (nameColumn >= 0) {
                first = 1;
            } else {
                nameColumn = NUMBER.matcher(header.length > 0 ? header[0] : "").matches() && header.length > 1 ? 1 : 0;
            }
        }
        List<Row> rows = new ArrayList<>();
        for (int r = first; r < cells.size(); r++) {
            String[] row = cells.get(r);
            String name = nameColumn < row.length ? row[nameColumn] : "";
            if (name.isBlank()) {
                continue;
            }
            String username = usernameColumn >= 0 && usernameColumn < row.length && !row[usernameColumn].isBlank()
                    ? TextNormaliser.nfc(row[usernameColumn]).strip() : null;
            rows.add(new Row(lines.get(r), name, username));
        }
        if (rows.size() > MAX_ROWS) {
            throw ProblemException.badRequest(new Say("Một danh sách có tối đa " + MAX_ROWS + " học sinh; hãy tách "
                    + "tệp", "A roster holds at most " + MAX_ROWS + " learners; split the file").in(english),
                    List.of(new Problem.FieldError("file", new Say("tối đa " + MAX_ROWS + " dòng tên", "at most "
                            + MAX_ROWS + " rows of names").in(english))));
        }
        if (rows.isEmpty()) {
            throw ProblemException.badRequest(new Say("Danh sách không có tên ai", "The roster names nobody")
                    .in(english), List.of(new Problem.FieldError("file", new Say("mỗi dòng tên một học sinh",
                    "one learner's name per row").in(english))));
        }
        return rows;
    }

    /**
     * The class's members by their shown name, case ignored but not diacritics: "Lê Thị Hà" and "Lê Thị Hạ" are two
     * learners.
     */
    private Map<String, Entry> members(long classId) {
        @SuppressWarnings("unchecked")
        List<Object[]> found = em.createNativeQuery("""
                        SELECT a.id, a.username, coalesce(a.display_name, a.username)
                        FROM class_member m JOIN account a ON a.id = m.account_id WHERE m.class_id = ?1""")
                .setParameter(1, classId).getResultList();
        Map<String, Entry> members = new HashMap<>();
        for (Object[] row : found) {
            members.putIfAbsent(TextNormaliser.fold((String) row[2]),
                    new Entry(0, (String) row[2], (String) row[1], null, ((Number) row[0]).longValue()));
        }
        return members;
    }

    /**
     * The Vietnamese school way: the given name then the initials of the family and middle names, without marks
     * ("Nguyễn Văn An" → "annv"), with the smallest number that makes it free ("annv2").
     */
    private String freeUsername(String name, Set<String> usedNow) {
        String[] words = TextNormaliser.searchKey(name).replaceAll("[^a-z0-9 ]", " ").strip().split(" +");
        StringBuilder base = new StringBuilder(words[words.length - 1]);
        for (int i = 0; i < words.length - 1; i++) {
            base.append(words[i].isEmpty() ? "" : words[i].substring(0, 1));
        }
        String stem = base.length() == 0 ? "hocsinh" : base.length() > 50 ? base.substring(0, 50) : base.toString();
        @SuppressWarnings("unchecked")
        Set<String> taken = new HashSet<>(em.createNativeQuery(
                        "SELECT lower(username) FROM account WHERE lower(username) LIKE ?1")
                .setParameter(1, stem + "%").getResultList());
        taken.addAll(usedNow);
        if (stem.length() >= 3 && !taken.contains(stem)) {
            return stem;
        }
        for (int n = 2; ; n++) {
            String candidate = stem + n;
            if (candidate.length() >= 3 && !taken.contains(candidate)) {
                return candidate;
            }
        }
    }
}
