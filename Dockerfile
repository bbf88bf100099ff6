# Build with the SDK, run on the slim ASP.NET runtime image.
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /source
COPY global.json Directory.Build.props Directory.Packages.props .editorconfig NewsApi.sln ./
COPY src/ src/
COPY migrations/ migrations/
COPY tools/NewsApi.Transfer/ tools/NewsApi.Transfer/
COPY seeds/ seeds/
# ReadyToRun: precompiled code starts in about half the CPU and spares seeding much of the JIT's warm-up (bench/README.md,
# "Ingest throughput"); hot methods are still recompiled with profile data as before. For the build machine's own platform.
RUN dotnet publish src/NewsApi/NewsApi.csproj -c Release --use-current-runtime --self-contained false -p:PublishReadyToRun=true -o /app
# The SQLite <-> PostgreSQL transfer command, for moving a volume's database: see README.md, "Moving from SQLite".
RUN dotnet publish tools/NewsApi.Transfer/NewsApi.Transfer.csproj -c Release -o /app/transfer

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
# curl for the compose health check on /health/ready; the runtime image has no HTTP client of its own.
RUN apt-get update \
    && apt-get install -y --no-install-recommends curl \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY --from=build /app ./
ENV ASPNETCORE_URLS=http://+:8080 \
    ConnectionStrings__News="Data Source=/app/data/news.db" \
    Seeding__Path=/app/seeds
RUN mkdir -p /app/data && chown -R app:app /app/data
USER app
VOLUME ["/app/data"]
EXPOSE 8080
ENTRYPOINT ["dotnet", "NewsApi.dll"]
