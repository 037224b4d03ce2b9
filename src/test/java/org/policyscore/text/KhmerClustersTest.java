package org.policyscore.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class KhmerClustersTest {

  @Test
  void neverCutsInsideACluster() {
    String word = "ក្រុមហ៊ុន"; // ក ្ រ ុ ម ហ ៊ ុ ន

    assertThat(KhmerClusters.isBoundary(word, 1)).as("before a coeng").isFalse();
    assertThat(KhmerClusters.isBoundary(word, 2)).as("after a coeng").isFalse();
    assertThat(KhmerClusters.isBoundary(word, 3)).as("before a vowel sign").isFalse();
    assertThat(KhmerClusters.isBoundary(word, 4)).as("before the next base").isTrue();
    assertThat(KhmerClusters.isBoundary(word, 0)).isTrue();
    assertThat(KhmerClusters.isBoundary(word, word.length())).isTrue();
  }

  @Test
  void aFinalConsonantBelongsToTheSyllableBeforeIt() {
    assertThat(KhmerClusters.isBoundary("គាត់", 2)).as("គា|ត់").isFalse();
    assertThat(KhmerClusters.isBoundary("សហគមន៍", 5)).as("before ន៍").isFalse();
    assertThat(KhmerClusters.isBoundary("ប៉ុន្តែ", 4)).isFalse(); // inside ន្តែ: after ន comes a coeng
    assertThat(KhmerClusters.isBoundary("គាត់ទៅ", 4)).as("after ត់").isTrue();
  }

  @Test
  void boundaryAtOrBeforeBacksOffToTheClusterStart() {
    String text = "ខ្ញុំ";

    assertThat(KhmerClusters.boundaryAtOrBefore(text, 3)).isZero();
    assertThat(KhmerClusters.boundaryAtOrBefore(text, text.length())).isEqualTo(text.length());
  }

  @Test
  void linesJoinWithoutASpaceBetweenKhmerWords() {
    assertThat(KhmerClusters.joinLines("យើងរក្សាទុក", "ទិន្នន័យ")).isEqualTo("យើងរក្សាទុកទិន្នន័យ");
    assertThat(KhmerClusters.joinLines("យើងរក្សាទុក ", "ទិន្នន័យ")).as("wrapped at a space").isEqualTo("យើងរក្សាទុក ទិន្នន័យ");
    assertThat(KhmerClusters.joinLines("ទុក។", "យើង")).isEqualTo("ទុក។ យើង");
    assertThat(KhmerClusters.joinLines("ស៊ីមកា", "ត។")).isEqualTo("ស៊ីមកាត។");
    assertThat(KhmerClusters.joinLines("We keep", "records")).isEqualTo("We keep records");
    assertThat(KhmerClusters.joinLines("SMS", "និង")).isEqualTo("SMS និង");
    assertThat(KhmerClusters.joinLines("", "និង")).isEqualTo("និង");
  }
}
