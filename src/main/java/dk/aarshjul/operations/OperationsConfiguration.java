package dk.aarshjul.operations;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The gauges' refresh runs on Spring's scheduler. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class OperationsConfiguration {}
