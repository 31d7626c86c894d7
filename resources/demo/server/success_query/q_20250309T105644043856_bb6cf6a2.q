{
  "className": "Query",
  "version": "7",
  "target": "products",
  "type": "updateOne",
  "overrideData": {
    "aiSuggestion": {
      "price": 10.35,
      "previousPrice": 11.5,
      "confidence": 0.9,
      "proposedAt": "2025-03-09T10:56:43.876480+00:00"
    }
  },
  "queryNode": {
    "type": "equals_",
    "field": "id",
    "value": 12,
    "vType": "auto_",
    "version": "2"
  },
  "cause": {
    "className": "Cause",
    "version": "1",
    "serial": "39a67fd8-0894-45ad-8484-cbdab0e82192",
    "chainParentSerial": "61eee8a6-ef2c-46d7-b9e7-000f376dfa7d",
    "who": {
      "className": "Actor",
      "version": "6",
      "type": "ai",
      "id": "ai-shopassist",
      "collectionPermissions": {
        "products": {
          "className": "Permission",
          "version": "1",
          "allows": [
            "search",
            "searchOne",
            "updateOne"
          ]
        },
        "orders": {
          "className": "Permission",
          "version": "1",
          "allows": [
            "search",
            "searchOne",
            "count",
            "updateOne"
          ]
        },
        "inventory_log": {
          "className": "Permission",
          "version": "1",
          "allows": [
            "search"
          ]
        }
      },
      "context": {
        "model": "shopassist-llm-2025-02",
        "vendor": "in-house",
        "guardrails": [
          "no-delete",
          "human-approval-for-prices"
        ]
      },
      "name": "ShopAssist",
      "email": null,
      "createdAt": "2025-01-10T02:00:00.431000+00:00",
      "updatedAt": "2025-02-27T09:15:00.012000+00:00",
      "lastAccess": null,
      "lastAccessDay": null,
      "operationInDay": null,
      "deviceIds": null
    },
    "when": {
      "className": "TemporalTrace",
      "version": "1",
      "nodes": [
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-03-09T10:56:43.876480+00:00",
          "location": "AgentRuntime/shopassist-2",
          "context": {
            "runtime": "llm-worker-3"
          }
        },
        {
          "className": "TimestampNode",
          "version": "1",
          "timestamp": "2025-03-09T10:56:44.038474+00:00",
          "location": "DeltaTraceServer-01",
          "context": {}
        }
      ]
    },
    "what": "Propose price 10.35 for STA-003",
    "why": "Only 1 unit sold recently while 149 are in stock; a 10% discount should move slow stock before the spring range arrives.",
    "from": "ShopAssist agent (llm-worker-3)",
    "context": {
      "runId": "9825433c-d0b2-4837-8e59-819f55418aa4"
    },
    "confidenceScore": 0.9
  }
}