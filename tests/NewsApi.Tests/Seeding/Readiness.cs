using System.Net;

namespace NewsApi.Tests.Seeding;

/// <summary>Polls /health/ready: seeding runs in the background, so a test waits for it before it looks at the data.</summary>
internal static class Readiness
{
    public static async Task WaitUntilReadyAsync(HttpClient client, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(60));
        HttpStatusCode last;
        do
        {
            using var response = await client.GetAsync("/health/ready");
            last = response.StatusCode;
            if (last == HttpStatusCode.OK)
            {
                return;
            }
            await Task.Delay(50);
        }
        while (DateTime.UtcNow < deadline);
        throw new TimeoutException($"/health/ready still answered {(int)last} after the timeout.");
    }
}
