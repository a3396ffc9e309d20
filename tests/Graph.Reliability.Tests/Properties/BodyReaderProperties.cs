using System.Text;
using CsCheck;
using Graph.Web.Reports;
using Microsoft.AspNetCore.Http;

namespace Graph.Reliability.Tests.Properties;

/// <summary>The report body reader answers every body with a submission or a 4xx reason, never an exception.</summary>
public sealed class BodyReaderProperties
{
    private const int MaxBytes = 4096;

    private static readonly Gen<string?> MediaTypes = Gen.OneOf<string?>(
        "text/plain", "application/json", "application/json; charset=utf-8", "TEXT/PLAIN;charset=latin1", "text/html", "", null, "application/x-www-form-urlencoded", ";;;");

    private static readonly Gen<byte[]> Bodies = Gen.Frequency(
        (2, Inputs.JsonBody.Select(Encoding.UTF8.GetBytes)),
        (2, Inputs.Text.Select(Encoding.UTF8.GetBytes)),
        (1, Gen.Byte.Array[0, MaxBytes + 200]));

    [Fact]
    public void EveryBodyBecomesASubmissionOrAClientError()
    {
        Gen.Select(MediaTypes, Bodies).Sample((mediaType, body) =>
        {
            var context = new DefaultHttpContext();
            context.Request.ContentType = mediaType;
            context.Request.Body = new MemoryStream(body);
            context.Request.ContentLength = body.Length;

            var (submission, problem) = ReportBodyReader.ReadAsync(context.Request, MaxBytes, CancellationToken.None).GetAwaiter().GetResult();

            if (submission is null)
            {
                Assert.NotNull(problem);
                Assert.InRange(problem.Status, 400, 499);
                Assert.False(string.IsNullOrWhiteSpace(problem.Detail));
            }
            else
            {
                Assert.Null(problem);
                Assert.False(string.IsNullOrWhiteSpace(submission.Text));
                Assert.DoesNotContain('\0', submission.Text);
                Assert.True(body.Length <= MaxBytes);
            }
        }, iter: 5000);
    }
}
