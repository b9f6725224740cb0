package dk.aarshjul;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class AarshjulApplication {

  public static void main(String[] args) {
    SpringApplication.run(AarshjulApplication.class, args);
  }
}
