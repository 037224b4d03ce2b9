/** The floor for start-up cost: a hello-world jar, measured in the same run as policyscore. */
public class Hello {
  public static void main(String[] args) {
    System.out.println("hello");
  }
}
