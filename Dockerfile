# The `daemonry` binary in a small runtime image. Untested here: no container engine runs on the
# development machines (see README, "Running the controller on a real cluster").
FROM swift:6.3-noble AS build
WORKDIR /src
COPY Package.swift ./
RUN swift package resolve
COPY Sources ./Sources
COPY Tests ./Tests
RUN swift build -c release --product daemonry --static-swift-stdlib \
    && cp "$(swift build -c release --show-bin-path)/daemonry" /daemonry

FROM swift:6.3-noble-slim
COPY --from=build /daemonry /usr/local/bin/daemonry
USER 65532:65532
ENTRYPOINT ["/usr/local/bin/daemonry"]
CMD ["controller", "--leader-elect"]
