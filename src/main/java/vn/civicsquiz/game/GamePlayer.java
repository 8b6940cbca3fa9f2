package vn.civicsquiz.game;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;

/** Someone playing a game under a nickname, known by the token they hold (only its hash is stored). */
@Entity
@Table(name = "game_player")
public class GamePlayer extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "game_id", nullable = false)
    public Long gameId;

    @Column(name = "token_hash", nullable = false, length = 64)
    public String tokenHash;

    @Column(nullable = false, length = 20)
    public String nickname;

    @Column(name = "nickname_key", nullable = false, length = 80)
    public String nicknameKey;

    @Column(name = "account_id")
    public Long accountId;

    @Column(name = "joined_at", nullable = false)
    public OffsetDateTime joinedAt;

    @Column(nullable = false)
    public boolean removed;
}
