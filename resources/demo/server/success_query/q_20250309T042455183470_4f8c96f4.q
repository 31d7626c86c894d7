{
  "className": "Query",
  "version": "7",
  "target": "products",
  "type": "search",
  "queryNode": {
    "type": "contains_",
    "field": "tags",
    "value": "gift",
    "version": "1"
  },
  "sortObj": {
    "className": "SingleSort",
    "version": "5",
    "field": "price",
    "reversed": true,
    "vType": "auto_"
  },
  "limit": 8
}