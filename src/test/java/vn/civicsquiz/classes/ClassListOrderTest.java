package vn.civicsquiz.classes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClassListOrderTest {

    private record Pupil(String name, String username) {
    }

    @Test
    void aClassListGoesByGivenNameInTheVietnameseAlphabet() {
        List<Pupil> pupils = new ArrayList<>(List.of(new Pupil("Trần Thị Bích", "bichtt"),
                new Pupil("Đặng Văn An", "andv"), new Pupil("Lê Văn Đức", "duclv"), new Pupil("Phạm Dũng", "dungp"),
                new Pupil("Nguyễn Thị Ánh", "anhnt"), new Pupil("Vũ Ân", "anv"), new Pupil("Hồ Văn An", "anhv"),
                new Pupil("ư.học.sinh", "ư.học.sinh"), new Pupil("Ngô Uyên", "uyenn")));
        pupils.sort(ClassListOrder.of(Pupil::name, Pupil::username));

        assertThat(pupils).extracting(Pupil::name).containsExactly("Đặng Văn An", "Hồ Văn An", "Nguyễn Thị Ánh",
                "Vũ Ân", "Trần Thị Bích", "Phạm Dũng", "Lê Văn Đức", "Ngô Uyên", "ư.học.sinh");
    }
}
