using System.Net;
using FluentValidation;
using FluentValidation.Results;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using NewsApi.Paging;
using NewsApi.Tests.Infrastructure;
using static NewsApi.Tests.Infrastructure.TestArticles;

namespace NewsApi.Tests.Errors;

public sealed class ProblemDetailsTests
{
    [Theory]
    [InlineData("/api/articles?from=0001-01-01&to=9999-12-31")]
    [InlineData("/api/articles?q=%25_%5B%5D%27%22%3B--")]
    [InlineData("/api/articles?tag=a&tag=a&person=b&organization=c")]
    [InlineData("/api/people?q=%25%25%25")]
    [InlineData("/api/organizations?q=%27%20OR%201%3D1")]
    [InlineData("/api/tags?q=%F0%9F%8C%8B")]
    [InlineData("/api/articles/2147483647")]
    public async Task OddButValidInputIsAnsweredWithoutServerError(string path)
    {
        using var factory = EmptyFactory();
        var client = await factory.CreateReadyClientAsync();
        await factory.StoreAsync(Draft("Something stored"));

        using var response = await client.GetAsync(path);

        Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.NotFound, $"{path} answered {(int)response.StatusCode}");
    }

    [Theory]
    [InlineData("/api/articles?page=99999999999", "page")]
    [InlineData("/api/articles?page=1000001", "page")]
    [InlineData("/api/articles?from=2024-01-01T00:00:00Z", "from")]
    [InlineData("/api/articles?pageSize=1.5", "pageSize")]
    public async Task OutOfRangeInputIsValidationProblemNotServerError(string path, string field)
    {
        using var factory = EmptyFactory();
        var client = await factory.CreateReadyClientAsync();

        using var response = await client.GetAsync(path);

        await response.ReadValidationProblemAsync(field);
    }

    [Fact]
    public async Task UnhandledExceptionIsProblemWithoutStackTrace()
    {
        using var baseFactory = EmptyFactory();
        using var factory = baseFactory.WithWebHostBuilder(builder => builder.ConfigureTestServices(services =>
            services.AddSingleton<IValidator<PageQuery>, ExplodingValidator>()));
        var client = factory.CreateClient();
        await baseFactory.WaitUntilReadyAsync(client);

        using var response = await client.GetAsync("/api/articles");

        var problem = await response.ReadProblemAsync(HttpStatusCode.InternalServerError);
        Assert.DoesNotContain(ExplodingValidator.Secret, problem.ToJsonString(), StringComparison.Ordinal);
        Assert.DoesNotContain(nameof(ExplodingValidator), problem.ToJsonString(), StringComparison.Ordinal);
    }

    private sealed class ExplodingValidator : AbstractValidator<PageQuery>
    {
        public const string Secret = "internal detail that must not leak";

        public override Task<ValidationResult> ValidateAsync(ValidationContext<PageQuery> context, CancellationToken cancellation = default) =>
            throw new InvalidOperationException(Secret);
    }
}
